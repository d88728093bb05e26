// Entry point of `npm run start:browser` (see scripts/startBrowser.mjs): the app in Chromium,
// for a person, until they close the window or press Ctrl+C.
import { mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { startHarness } from './startHarness'

/** Electron's app-data folder on Linux, so both ways of running the app share one library. */
function appDataHome(): string {
  return process.env.XDG_CONFIG_HOME || join(homedir(), '.config')
}

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index >= 0 ? process.argv[index + 1] : undefined
}

const libraryPath = resolve(argValue('--library') ?? join(appDataHome(), 'Copydesk', 'Library'))
const headless = process.argv.includes('--headless')
mkdirSync(libraryPath, { recursive: true })

const harness = await startHarness({
  libraryPath,
  settingsPath: join(dirname(libraryPath), 'browser-settings.json'),
  headless,
  viewport: headless ? { width: 1280, height: 800 } : null,
  askForName: true,
  // Links open in a new tab of the same browser, as they would in the person's browser.
  openExternal: async (url) => {
    const tab = await harness.context.newPage()
    await tab.goto(url).catch(() => {})
  },
})

console.log(`Copydesk is running in Chromium at ${harness.baseUrl}/index.html`)
console.log(`Library: ${libraryPath}`)
if (headless) {
  console.log('Headless: no window is shown. The page only works inside this Chromium, which')
  console.log('provides window.copydesk; opened in another browser it cannot reach the library.')
}
console.log('Press Ctrl+C to stop.')

let stopping = false
async function stop(): Promise<void> {
  if (stopping) return
  stopping = true
  await harness.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
harness.page.on('close', () => void stop())
harness.browser.on('disconnected', () => void stop())
