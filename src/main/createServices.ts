import { t } from '@shared/i18n/i18n'
import { existsSync } from 'node:fs'
import { userInfo } from 'node:os'
import { join, resolve } from 'node:path'
import type { AppInfo, LibraryInfo } from '@shared/ipc/contract'
import { applyLanguage } from '@shared/i18n/i18n'
import { checkLibraryFolder } from './checkLibraryFolder'
import { AppError } from './errors/AppError'
import { SavedFiles } from './files/SavedFiles'
import { LibraryService } from './library/LibraryService'
import { captureTheme } from './preview/capture/captureTheme'
import { PreviewService } from './preview/PreviewService'
import { GitTarget } from './publish/git/GitTarget'
import { serializePerSite, serializeSitePosts } from './publish/serializePerSite'
import { KeyedMutex } from './library/KeyedMutex'
import { GhostTarget } from './publish/ghost/GhostTarget'
import { PublishService } from './publish/PublishService'
import { WebhookTarget } from './publish/webhook/WebhookTarget'
import { WordPressTarget } from './publish/wordpress/WordPressTarget'
import { SitesService } from './sites/SitesService'
import { SettingsService } from './settings/SettingsService'
import { TransferService } from './transfer/TransferService'
import { SitePostsService } from './sitePosts/SitePostsService'
import { sharedRenderer } from './publish/DocRenderer'
import { LibraryPaths } from './library/LibraryPaths'
import { LiveTeamArticles } from './team/LiveTeamArticles'
import { teamPublishGates } from './team/TeamPublishGate'
import { TeamService } from './team/TeamService'
import { documentSchema } from '@shared/editor/schema'
import { createGuardedFetch } from './security/createGuardedFetch'
import type { SecretStore } from './secrets/SecretStore'
import type { SettingsStore } from './settings/SettingsStore'

/** Everything the services need from the outside world. */
export interface ServicesConfig {
  /** The default library folder, used unless the person chose another one earlier. */
  libraryPath: string
  settings: SettingsStore
  /**
   * The app's own data folder (Electron's userData): site themes and the publish cache live
   * here, outside the library.
   */
  dataPath: string
  /** Tokens and passwords: safeStorage in the app, memory in tests. */
  secrets: SecretStore
  appInfo: AppInfo
  /** Asks the person for a folder (a dialog in the app); null when they cancel. */
  chooseLibraryFolder?: () => Promise<string | null>
  /** Name recorded in status history until the person sets one; defaults to the OS account. */
  fallbackUserName?: string
  /** Asks where to save an export (a save dialog in the app); null when they cancel. */
  chooseSavePath?: (suggestedName: string) => Promise<string | null>
  /** Renders a whole HTML document to PDF bytes (Chromium's printer). */
  printToPdf?: (html: string) => Promise<Uint8Array>
  /** Opens a folder in the system's file manager. */
  openPath?: (folder: string) => Promise<void>
  /** Opens a saved file (an export) with the app the system uses for it. */
  openFile?: (path: string) => Promise<void>
  /** Shows a saved file selected in the system's file manager. */
  showInFolder?: (path: string) => void
  /** The system's preferred locales, best first (Electron's); the runtime's locale by default. */
  systemLocales?: readonly string[]
  /** Folder of the built-in preview themes; `resources/themes` of the app by default. */
  themesPath?: string
  /**
   * How requests that a document causes are made (downloading its web images on paste or
   * import): the guarded fetch by default, which never reaches this computer or its network.
   */
  fetchForDocument?: typeof fetch
}

/** The main-side services, built once per process (or per harness). */
export interface Services {
  /** The open library; replaced when the person switches libraries. */
  readonly library: LibraryService
  readonly settings: SettingsService
  readonly secrets: SecretStore
  readonly sites: SitesService
  readonly preview: PreviewService
  /** Publishing articles to sites, and the outbox of jobs waiting for the network. */
  readonly publish: PublishService
  /** Importing files as articles and exporting articles as files. */
  readonly transfer: TransferService
  readonly sitePosts: SitePostsService
  /** The files the person saved in this run, which the window may open or show. */
  readonly savedFiles: SavedFiles
  /** See ServicesConfig.fetchForDocument. */
  readonly fetchForDocument: typeof fetch
  /** The open library's team (one per library folder). */
  team(): TeamService
  /** Team articles open in the window, relayed to and from the team. */
  readonly liveTeam: LiveTeamArticles
  readonly appInfo: AppInfo
  /** Who is saving, for the status history. */
  userName(): string
  /** The open library as the window shows it, with anything the person must be told. */
  libraryInfo(): LibraryInfo
  /** Lets the person pick a folder and switches to it; null when they cancel. */
  chooseLibrary(): Promise<LibraryInfo | null>
  /**
   * Tries again to open the library the person chose: the one that was missing at start, or
   * the current one after another Copydesk closed it (read-only until then).
   */
  retryLibrary(): Promise<LibraryInfo>
  /** Opens the library at `folder` and closes the current one, remembering the choice. */
  switchLibrary(folder: string): Promise<LibraryInfo>
  /** Flushes pending writes; call before the process exits. */
  close(): Promise<void>
}

/**
 * `resources/themes`, two levels up from this module both in the sources (src/main) and in the
 * build (out/main).
 */
const DEFAULT_THEMES_PATH = resolve(import.meta.dirname, '../../resources/themes')

/** The composition root: builds every service from one config object. */
export async function createServices(config: ServicesConfig): Promise<Services> {
  const systemLocales = config.systemLocales ?? [new Intl.DateTimeFormat().resolvedOptions().locale]
  const settings = new SettingsService(config.settings, { libraryPath: config.libraryPath }, (s) =>
    applyLanguage(s.language, systemLocales),
  )
  applyLanguage(settings.get().language, systemLocales)
  const fallbackUserName = config.fallbackUserName ?? osUserName()
  const initial = await openInitialLibrary(settings, config.libraryPath)
  let library = initial.library
  /** Why the chosen library is not the open one (missing at start), until it opens. */
  let startProblem = initial.problem
  // Switches run one at a time so two quick choices cannot both close the same library.
  let switching: Promise<unknown> = Promise.resolve()

  await config.secrets.verify?.().catch((error: unknown) => {
    console.error('The saved passwords could not be read', error)
  })
  const libraryInfo = (): LibraryInfo => {
    const info = library.info()
    const warnings = [
      ...(config.settings.problems?.() ?? []),
      ...(config.secrets.problems?.() ?? []),
      ...info.warnings,
    ]
    return { ...info, unavailable: startProblem, warnings }
  }

  /** Opens `root` in place of the current library; `reopen` also when it is the same folder. */
  const replaceLibrary = (folder: string, reopen: boolean): Promise<LibraryInfo> => {
    const run = switching.then(async () => {
      const root = resolve(folder)
      const same = root === resolve(library.info().path)
      if (same && (!reopen || library.readOnly === null)) return libraryInfo()
      if (!same) await checkLibraryFolder(root)
      const next = await openLibrary(root)
      const previous = library
      await liveTeam.closeAll()
      library = next
      startProblem = null
      settings.setLibraryPath(root)
      await previous.close().catch((error: unknown) => {
        console.error('Closing the previous library failed', error)
      })
      return libraryInfo()
    })
    switching = run.catch(() => undefined)
    return run
  }
  const switchLibrary = (folder: string): Promise<LibraryInfo> => replaceLibrary(folder, false)

  let currentTeam: { root: string; team: TeamService } | null = null
  const team = (): TeamService => {
    const root = library.info().path
    if (currentTeam?.root !== root) {
      void currentTeam?.team.close()
      const paths = new LibraryPaths(root)
      currentTeam = { root, team: new TeamService({ paths, secrets: config.secrets }) }
    }
    return currentTeam.team
  }
  const liveTeam = new LiveTeamArticles(team)

  const sites = new SitesService({
    store: config.settings,
    dataPath: config.dataPath,
    builtinThemesPath: config.themesPath ?? DEFAULT_THEMES_PATH,
    secrets: config.secrets,
    captureTheme,
    openPath: config.openPath,
  })
  const savedFiles = new SavedFiles({
    openFile: config.openFile,
    showInFolder: config.showInFolder,
  })
  const askSavePath = config.chooseSavePath
  // Each path chosen in a save dialog is one the window may later open or show.
  const chooseSavePath =
    askSavePath &&
    (async (suggestedName: string) => {
      const path = await askSavePath(suggestedName)
      if (path !== null) savedFiles.remember(path)
      return path
    })
  const preview = new PreviewService({
    sites,
    library: () => library,
    chooseSavePath,
    printToPdf: config.printToPdf,
  })
  const userName = (): string => settings.get().userName || fallbackUserName
  const gitTarget = new GitTarget({ cacheDir: join(config.dataPath, 'git-cache') })
  // One lock per site for publishing and browsing alike: both use the site's cached repository.
  const gitLock = new KeyedMutex()
  const wordpressTarget = new WordPressTarget()
  const ghostTarget = new GhostTarget()
  const publish = new PublishService({
    library: () => library,
    sites: { get: (id) => sites.find(id), list: () => sites.list() },
    secrets: config.secrets,
    // Each kind of site plugs in here.
    targets: {
      git: serializePerSite(gitTarget, gitLock),
      wordpress: wordpressTarget,
      ghost: ghostTarget,
      webhook: new WebhookTarget(),
    },
    userName,
    gates: teamPublishGates(team, () => library, documentSchema()),
  })
  await publish.start()
  const fetchForDocument = config.fetchForDocument ?? createGuardedFetch()
  const transfer = new TransferService({
    library: () => library,
    chooseSavePath,
    fetch: fetchForDocument,
  })

  const sitePosts = new SitePostsService({
    library: () => library,
    sites: { get: (id) => sites.find(id), list: () => sites.list() },
    secrets: config.secrets,
    sources: {
      wordpress: wordpressTarget,
      ghost: ghostTarget,
      git: serializeSitePosts(gitTarget, gitLock),
    },
    renderer: sharedRenderer,
    userName,
  })

  return {
    get library() {
      return library
    },
    settings,
    secrets: config.secrets,
    sites,
    preview,
    publish,
    transfer,
    sitePosts,
    savedFiles,
    fetchForDocument,
    team,
    liveTeam,
    appInfo: config.appInfo,
    userName,
    libraryInfo,
    retryLibrary() {
      const wanted = startProblem ? settings.storedLibraryPath() : null
      return replaceLibrary(wanted ?? library.info().path, true)
    },
    async chooseLibrary() {
      if (!config.chooseLibraryFolder) {
        throw new AppError('refused', t('startupMain.noLibraryChoice'))
      }
      const folder = await config.chooseLibraryFolder()
      return folder === null ? null : switchLibrary(folder)
    },
    switchLibrary,
    async close() {
      await switching
      await liveTeam.closeAll()
      await currentTeam?.team.close()
      await publish.close()
      await library.close()
    },
  }
}

/**
 * The folder chosen earlier (read-only when it cannot be written). When it is missing (a
 * removed USB disk) or cannot be opened, the default library opens meanwhile and `problem`
 * says so; the choice itself stays in the settings, so Try again can still reach it.
 */
async function openInitialLibrary(
  settings: SettingsService,
  defaultPath: string,
): Promise<{ library: LibraryService; problem: string | null }> {
  const chosen = settings.storedLibraryPath()
  let problem: string | null = null
  if (chosen && resolve(chosen) !== resolve(defaultPath)) {
    if (existsSync(chosen)) {
      try {
        return { library: await openLibrary(chosen), problem: null }
      } catch (error) {
        console.error('Could not open the chosen library; using the default one', error)
        const why = error instanceof AppError ? ` ${error.message}` : ''
        problem = t('startupMain.chosenLibraryFailed', { chosen, why })
      }
    } else {
      problem = t('startupMain.chosenLibraryMissing', { chosen })
    }
  }
  return { library: await openLibrary(resolve(defaultPath)), problem }
}

async function openLibrary(root: string): Promise<LibraryService> {
  try {
    return await LibraryService.open({ root })
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('io', t('startupMain.notALibrary'), { cause: error })
  }
}

function osUserName(): string {
  try {
    return userInfo().username
  } catch {
    // Some sandboxes have no passwd entry for the current user.
    return ''
  }
}
