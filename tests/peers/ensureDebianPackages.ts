import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/**
 * Installs Debian packages whose marker file (a binary) is missing, as CI does from a clean
 * machine. Needs root; otherwise says which packages to install.
 */
export function ensureDebianPackages(packages: Record<string, string>): void {
  const missing = Object.entries(packages)
    .filter(([, marker]) => !existsSync(marker))
    .map(([name]) => name)
  if (missing.length === 0) return
  if (process.getuid?.() !== 0)
    throw new Error(`These tests need: apt-get install ${missing.join(' ')}`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const install = ['install', '-y', '-qq', ...missing]
  if (spawnSync('apt-get', install, { env, stdio: 'inherit' }).status === 0) return
  spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'inherit' })
  if (spawnSync('apt-get', install, { env, stdio: 'inherit' }).status !== 0) {
    throw new Error(`Could not install ${missing.join(' ')}`)
  }
}
