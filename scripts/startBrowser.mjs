// `npm run start:browser`: the app in Chromium over the real main-side services — the same
// renderer and handlers as the Electron app, for machines without the Electron runtime.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const builtPage = join(root, 'out/renderer/index.html')
const chromium = process.env.COPYDESK_CHROMIUM ?? '/usr/bin/chromium'
const args = process.argv.slice(2)
const headless = args.includes('--headless')

/** Newest modification time under a folder, to notice a build older than its sources. */
function newestChange(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs)
  }
  return newest
}

const sources = ['src/renderer', 'src/shared', 'src/main'].map((dir) => join(root, dir))
const stale =
  !existsSync(builtPage) ||
  Math.max(...sources.filter(existsSync).map(newestChange)) > statSync(builtPage).mtimeMs
if (stale) {
  console.log(existsSync(builtPage) ? 'Sources changed; rebuilding…' : 'Building the app…')
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) {
    console.error('The build failed, so the app cannot start. See the errors above.')
    process.exit(1)
  }
}

if (!existsSync(chromium)) {
  console.error(
    `Chromium is not installed (${chromium} is missing). Install it with ` +
      '`sudo apt-get install -y chromium` (or set COPYDESK_CHROMIUM to a Chromium binary).',
  )
  process.exit(1)
}

if (
  process.platform === 'linux' &&
  !headless &&
  !process.env.DISPLAY &&
  !process.env.WAYLAND_DISPLAY
) {
  console.error(
    [
      'There is no display here ($DISPLAY is empty), so Chromium cannot open a window.',
      'Run this from a desktop session (or over `ssh -X`) to use the app. Without a screen:',
      '  xvfb-run npm run start:browser          runs it on a virtual screen (nothing visible;',
      '                                          useful to check that it starts)',
      '  npm run start:browser -- --headless     runs headless and prints the URL; note the page',
      '                                          works only inside that Chromium, which provides',
      '                                          window.copydesk',
    ].join('\n'),
  )
  process.exit(1)
}

const child = spawn(
  process.execPath,
  ['--import', 'tsx', join(root, 'tests/harness/runBrowserApp.ts'), ...args],
  {
    cwd: root,
    stdio: 'inherit',
    // Main-side code imports `@shared/…`; tsx resolves it from this tsconfig's paths.
    env: { ...process.env, TSX_TSCONFIG_PATH: join(root, 'tsconfig.node.json') },
  },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
