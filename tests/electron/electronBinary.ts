import { accessSync, constants, existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ELECTRON_DIR = resolve(import.meta.dirname, '../../node_modules/electron')

/**
 * The installed Electron executable, or null. Resolved like node_modules/electron/index.js but
 * without requiring it: that module starts a blocking download when the binary is missing.
 */
export function electronBinary(): string | null {
  const pathFile = join(ELECTRON_DIR, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (!relative && !override) return null
  const binary = override
    ? join(override, relative || 'electron')
    : join(ELECTRON_DIR, 'dist', relative)
  try {
    accessSync(binary, constants.X_OK)
    return binary
  } catch {
    return null
  }
}
