// `npm start`: builds the app and runs it in Electron. Where the Electron runtime is not
// installed (it downloads from GitHub, which some networks block), says so and points to
// `npm run start:browser`, which runs the same app in Chromium.
import { spawn, spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const electronDir = join(root, 'node_modules/electron')

/**
 * The Electron binary, resolved the way node_modules/electron/index.js does (path.txt names
 * the executable inside dist/, ELECTRON_OVERRIDE_DIST_PATH replaces dist/), but without its
 * side effect: requiring that module starts a blocking download when the binary is missing.
 */
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (!relative && !override) return null
  const binary = override
    ? join(override, relative || 'electron')
    : join(electronDir, 'dist', relative)
  try {
    accessSync(binary, constants.X_OK)
    return binary
  } catch {
    return null
  }
}

/** Electron's own first-run step: download and unpack the binary. False when that fails. */
function tryDownload() {
  if (!existsSync(join(electronDir, 'install.js'))) return false
  console.log('The Electron runtime is not installed yet; trying to download it once…')
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
  })
  if (result.status === 0) return true
  const reason = `${result.stderr ?? ''}`
    .split('\n')
    .find((line) => /error/i.test(line))
    ?.trim()
  console.log(`The download did not work${reason ? ` (${reason})` : ''}.`)
  return false
}

let electron = electronBinary()
if (!electron && tryDownload()) electron = electronBinary()
if (!electron) {
  console.error(
    '\nThe Electron runtime is not installed on this machine. npm installs only a small ' +
      'package; the runtime itself (about 100 MB) is downloaded from GitHub on first run, and ' +
      'that download does not work from this network. Where GitHub is reachable, fetch it once ' +
      'with `node node_modules/electron/install.js` (or `npx electron --version`), then run ' +
      '`npm start` again. Meanwhile, `npm run start:browser` opens the same app (same screens, ' +
      'same main-side code) in Chromium.\n',
  )
  process.exit(1)
}

const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' })
if (build.status !== 0) {
  console.error('The build failed, so the app cannot start. See the errors above.')
  process.exit(1)
}
const child = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
