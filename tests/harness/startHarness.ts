import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { MenuCommandSchema, type IpcResult, type MenuCommand } from '../../src/shared/ipc/contract'
import { createServices, type Services } from '../../src/main/createServices'
import { createHandlers, type Handlers } from '../../src/main/ipc/createHandlers'
import { JsonFileSettingsStore } from '../../src/main/settings/JsonFileSettingsStore'
import { MemorySecretStore } from '../../src/main/secrets/SecretStore'
import { bridgeScript, INVOKE_BINDING, MENU_DISPATCH } from './bridgeScript'
import { serveApp, type AppServer } from './serveApp'

const REPO_ROOT = resolve(import.meta.dirname, '../..')
const RENDERER_DIR = join(REPO_ROOT, 'out/renderer')
const CHROMIUM = process.env.COPYDESK_CHROMIUM ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export interface HarnessOptions {
  /** Built renderer to serve; `out/renderer` by default. */
  rendererDir?: string
  /** Library folder to open; a fresh temporary one (removed on close) when omitted. */
  libraryPath?: string
  /** Settings file; defaults to one beside a temporary library, else a temporary one. */
  settingsPath?: string
  /** Headless by default; `start:browser` opens a visible window. */
  headless?: boolean
  /** Page size; null lets the page follow the window (headed use). Default 1280×800. */
  viewport?: { width: number; height: number } | null
  /** Answers File → Choose Library Folder…; without it, choosing is refused. */
  chooseLibraryFolder?: () => Promise<string | null>
  /** Opens http(s)/mailto links; by default they are only recorded in `openedExternally`. */
  openExternal?: (url: string) => Promise<void>
  /**
   * Asks for the person's name on first run, as the app does. Off by default, so a test's
   * first click is not caught by that dialog; a test of the question turns it on.
   */
  askForName?: boolean
  /** How a document's web images are downloaded; the app's guarded fetch by default. */
  fetchForDocument?: typeof fetch
}

/** The app running in Chromium over the real main-side services. */
export interface Harness {
  page: Page
  browser: Browser
  context: BrowserContext
  /** Origin the renderer is served from, e.g. `http://127.0.0.1:41234`. */
  baseUrl: string
  /** The current services; replaced by `reload()`. */
  readonly services: Services
  readonly handlers: Handlers
  libraryPath: string
  /** Links the app asked the operating system to open. */
  openedExternally: string[]
  /** Files the app saved through its save dialog (`<temp>/exports/<name>`), in order. */
  exports: string[]
  /** Folders the app asked the file manager to open. */
  openedFolders: string[]
  /** Saved files the app asked the system to open. */
  openedFiles: string[]
  /** Saved files the app asked the file manager to show. */
  shownInFolder: string[]
  /** Delivers an application-menu command, as Electron's menu would. */
  sendMenuCommand(command: MenuCommand): Promise<void>
  /** Restarts the app: the page goes away, services close and reopen from disk, page loads. */
  reload(): Promise<void>
  close(): Promise<void>
}

/**
 * Starts the browser harness: the main-side services in this Node process, the built renderer
 * served on 127.0.0.1, and Chromium with `window.copydesk` bound to the very handlers that
 * Electron's IPC uses (same validation, same errors).
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const rendererDir = options.rendererDir ?? RENDERER_DIR
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(
      `The renderer is not built (${rendererDir}/index.html is missing): run npm run build first.`,
    )
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: run apt-get install -y chromium.`)
  }
  const needsTemp = !options.libraryPath || !options.settingsPath
  const tempDir = needsTemp ? await mkdtemp(join(tmpdir(), 'copydesk-harness-')) : null
  const libraryPath = options.libraryPath ?? join(tempDir ?? '', 'Library')
  const settingsPath = options.settingsPath ?? join(tempDir ?? '', 'settings.json')
  const dataPath = join(tempDir ?? dirname(settingsPath), 'AppData')
  const secrets = new MemorySecretStore()
  const openedExternally: string[] = []
  const openExternal =
    options.openExternal ??
    (async (url: string) => {
      openedExternally.push(url)
    })

  const exportsDir = join(tempDir ?? dirname(settingsPath), 'exports')
  const exports: string[] = []
  const openedFolders: string[] = []
  const openedFiles: string[] = []
  const shownInFolder: string[] = []
  // The save dialog answers at once with a file in the exports folder.
  const chooseSavePath = async (suggestedName: string) => {
    await mkdir(exportsDir, { recursive: true })
    const path = join(exportsDir, suggestedName)
    exports.push(path)
    return path
  }
  // Chromium's printer, as Electron's printToPDF uses, through a page of its own. Chromium
  // prints only when headless, so a visible harness keeps a headless one for it.
  let printer: Browser | null = null
  const printingBrowser = async (): Promise<Browser> => {
    if (options.headless ?? true) return browser
    printer ??= await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    })
    return printer
  }
  const printToPdf = async (html: string): Promise<Uint8Array> => {
    const printing = await (await printingBrowser()).newPage({ javaScriptEnabled: false })
    try {
      await printing.setContent(html, { waitUntil: 'load' })
      return await printing.pdf({ format: 'A4', printBackground: true })
    } finally {
      await printing.close()
    }
  }

  const start = async () => {
    const services = await createServices({
      libraryPath,
      settings: new JsonFileSettingsStore(settingsPath),
      dataPath,
      secrets,
      appInfo: { version: '0.1.0', platform: process.platform, runtime: 'browser' },
      chooseLibraryFolder: options.chooseLibraryFolder,
      chooseSavePath,
      printToPdf,
      openPath: async (folder) => {
        openedFolders.push(folder)
      },
      openFile: async (path) => {
        openedFiles.push(path)
      },
      showInFolder: (path) => {
        shownInFolder.push(path)
      },
      fetchForDocument: options.fetchForDocument,
    })
    if (!options.askForName && !services.settings.get().nameAsked) {
      services.settings.update({ nameAsked: true })
    }
    return { services, handlers: createHandlers(services, { openExternal, checkOutputs: true }) }
  }
  let current = await start()
  let inFlight = 0
  let server: AppServer | undefined
  const runCleanUp = async () => {
    await server?.close()
    await current.services.close()
    if (tempDir) await rm(tempDir, { recursive: true, force: true })
  }

  let browser: Browser
  try {
    server = await serveApp(() => ({
      rendererDir,
      assetFile: (articleId, name) => current.services.library.assetFile(articleId, name),
      themeDir: (owner) => current.services.sites.servedThemeDir(owner),
    }))
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: options.headless ?? true,
      args: CHROMIUM_ARGS,
    })
  } catch (error) {
    await runCleanUp()
    throw error
  }
  const baseUrl = server.baseUrl
  const launched = browser
  const fail = async (error: unknown): Promise<never> => {
    await launched.close().catch(() => {})
    await runCleanUp()
    throw error
  }
  const context = await browser.newContext({
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
  })

  await context.exposeBinding(INVOKE_BINDING, async (source, channel: unknown, input: unknown) => {
    // Same rule as the Electron sender check: only the app's own top frame may call.
    const trusted =
      source.page === page &&
      source.frame === page.mainFrame() &&
      new URL(source.frame.url()).origin === baseUrl
    const handler = typeof channel === 'string' ? current.handlers[channel] : undefined
    if (!trusted || !handler) return JSON.stringify(forbidden())
    if (input !== undefined && typeof input !== 'string') return JSON.stringify(forbidden())
    inFlight++
    try {
      let parsed: unknown
      try {
        parsed = input === undefined ? undefined : JSON.parse(input)
      } catch {
        return JSON.stringify(forbidden())
      }
      return JSON.stringify(await handler(parsed))
    } finally {
      inFlight--
    }
  })
  await context.addInitScript(bridgeScript())
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error('[renderer error]', error))
  await page.goto(`${baseUrl}/index.html`).catch(fail)

  return {
    page,
    browser,
    context,
    baseUrl,
    get services() {
      return current.services
    },
    get handlers() {
      return current.handlers
    },
    libraryPath,
    openedExternally,
    exports,
    openedFolders,
    openedFiles,
    shownInFolder,
    async sendMenuCommand(command) {
      const checked = MenuCommandSchema.parse(command)
      await page.evaluate(`window.${MENU_DISPATCH}(${JSON.stringify(checked)})`)
    },
    async reload() {
      await page.goto('about:blank')
      while (inFlight > 0) await new Promise((done) => setTimeout(done, 20))
      await current.services.close()
      current = await start()
      await page.goto(`${baseUrl}/index.html`)
    },
    async close() {
      await printer?.close().catch(() => {})
      await browser.close().catch(() => {})
      while (inFlight > 0) await new Promise((done) => setTimeout(done, 20))
      await runCleanUp()
    },
  }
}

function forbidden(): IpcResult<never> {
  return {
    ok: false,
    error: { code: 'forbidden', message: 'This page is not allowed to use Copydesk.' },
  }
}
