import { t } from '@shared/i18n/i18n'
import { SecretNameSchema, type CaptureResult, type SecretName } from '@shared/ipc/channels/sites'
import {
  BUILTIN_THEMES,
  SiteProfileSchema,
  type SiteDraft,
  type SiteProfile,
  type SiteTheme,
} from '@shared/sites/SiteProfile'
import { AppError } from '../errors/AppError'
import { KeyedMutex } from '../library/KeyedMutex'
import { CaptureError, type CaptureOptions } from '../preview/capture/captureTheme'
import type { SecretStore } from '../secrets/SecretStore'
import type { CaptureSlotFinding } from '@shared/sites/captureSlots'
import type { ThemeOwner } from '../serving/resolveAppRequest'
import type { SettingsStore } from '../settings/SettingsStore'
import { newSiteId } from './newSiteId'
import { StoredSites } from './StoredSites'
import { ThemeFolders } from './ThemeFolders'

export interface SitesServiceDeps {
  store: SettingsStore
  /** The app's data folder; themes live in `<dataPath>/sites/<siteId>/theme/`. */
  dataPath: string
  /** Folder with the built-in themes, one subfolder per theme id. */
  builtinThemesPath: string
  secrets: SecretStore
  captureTheme: (
    options: CaptureOptions,
  ) => Promise<{ warnings: string[]; slots: CaptureSlotFinding[] }>
  openPath?: (folder: string) => Promise<void>
  now?: () => Date
}

/**
 * Site profiles (Settings → Sites): stored in settings without secrets, each with its own theme
 * folder, and its tokens in the secret store under `site:<id>:<name>`.
 */
export class SitesService {
  readonly folders: ThemeFolders
  private readonly stored: StoredSites
  // Folder work for one site runs one task at a time: a capture and a removal never interleave.
  private readonly mutex = new KeyedMutex()
  private readonly now: () => Date

  constructor(private readonly deps: SitesServiceDeps) {
    this.stored = new StoredSites(deps.store)
    this.folders = new ThemeFolders(deps.dataPath, deps.builtinThemesPath)
    this.now = deps.now ?? (() => new Date())
  }

  list(): SiteProfile[] {
    return this.stored.list()
  }

  find(id: string): SiteProfile | null {
    return this.stored.find(id)
  }

  get(id: string): SiteProfile {
    const site = this.stored.find(id)
    if (!site) throw new AppError('not_found', t('sitesMain.gone'))
    return site
  }

  async create(draft: SiteDraft): Promise<SiteProfile> {
    if (draft.theme.kind !== 'builtin') {
      throw new AppError('invalid_input', t('sitesMain.builtinFirst'))
    }
    let id = newSiteId()
    while (this.stored.find(id)) id = newSiteId()
    const site = SiteProfileSchema.parse({ ...cleanDraft(draft), id })
    await this.mutex.run(id, () => this.installBuiltin(id, draft.theme))
    this.stored.put(site)
    return site
  }

  /** Saves new details; choosing another built-in theme replaces the theme folder. */
  async update(id: string, draft: SiteDraft): Promise<SiteProfile> {
    return this.mutex.run(id, async () => {
      const current = this.get(id)
      const theme = await this.nextTheme(id, current.theme, draft.theme)
      const site = SiteProfileSchema.parse({ ...cleanDraft(draft), id, theme })
      this.stored.put(site)
      return site
    })
  }

  /** Forgets the site, its theme folder and its secrets. */
  async remove(id: string): Promise<void> {
    await this.mutex.run(id, async () => {
      this.get(id)
      this.stored.remove(id)
      await this.folders.removeSite(id)
      for (const name of SecretNameSchema.options)
        await this.deps.secrets.delete(secretKey(id, name))
    })
  }

  /**
   * Captures the theme of a live article page into a fresh folder and swaps it in only when the
   * capture succeeded; on failure the site keeps its theme and the reason is shown.
   */
  async captureTheme(input: {
    id: string
    url: string
    selector?: string
  }): Promise<CaptureResult> {
    return this.mutex.run(input.id, async () => {
      this.get(input.id)
      const url = checkedPageUrl(input.url)
      const selector = input.selector?.trim() ?? ''
      const destDir = await this.folders.prepare(input.id, 'capture')
      let warnings: string[]
      let slots: CaptureSlotFinding[]
      try {
        ;({ warnings, slots } = await this.deps.captureTheme({
          url,
          ...(selector && { selector }),
          destDir,
        }))
        await this.folders.swapIn(input.id, destDir)
      } catch (error) {
        await this.folders.discard(destDir)
        throw captureFailure(error)
      }
      // The profile is read again: it may have been edited while the page downloaded.
      const site = SiteProfileSchema.parse({
        ...this.get(input.id),
        theme: { kind: 'captured', sourceUrl: url, selector, capturedAt: this.now().toISOString() },
      })
      this.stored.put(site)
      return { site, warnings, slots }
    })
  }

  /** The folder the preview reads the site's theme from, restoring a built-in one if missing. */
  async themeDir(id: string): Promise<string> {
    const site = this.get(id)
    if (site.theme.kind === 'builtin' && !(await this.folders.hasTheme(id))) {
      await this.mutex.run(id, async () => {
        if (!(await this.folders.hasTheme(id))) await this.installBuiltin(id, site.theme)
      })
    }
    return this.folders.themeDir(id)
  }

  /** The folder the `/themes/...` route serves for a site or a built-in theme; null if none. */
  servedThemeDir(owner: ThemeOwner): string | null {
    if ('builtin' in owner) {
      const id = BUILTIN_THEMES.find((theme) => theme === owner.builtin)
      return id ? this.folders.builtinDir(id) : null
    }
    return this.stored.find(owner.siteId) ? this.folders.themeDir(owner.siteId) : null
  }

  async openThemeFolder(id: string): Promise<void> {
    if (!this.deps.openPath) {
      throw new AppError('refused', t('sitesMain.noFolders'))
    }
    await this.deps.openPath(await this.themeDir(id))
  }

  async saveSecret(id: string, name: SecretName, value: string): Promise<void> {
    this.get(id)
    if (this.deps.secrets.protection() === 'unavailable') {
      throw new AppError('refused', t('sitesMain.noSafeStore'))
    }
    await this.deps.secrets.set(secretKey(id, name), value)
  }

  /** The names of the secrets saved for a site; never their values. */
  async savedSecrets(id: string): Promise<SecretName[]> {
    this.get(id)
    const saved: SecretName[] = []
    for (const name of SecretNameSchema.options) {
      if (await this.deps.secrets.has(secretKey(id, name))) saved.push(name)
    }
    return saved
  }

  /** What a site's next theme is; a captured theme can only come from `captureTheme`. */
  private async nextTheme(id: string, current: SiteTheme, wanted: SiteTheme): Promise<SiteTheme> {
    if (wanted.kind === 'captured') {
      if (current.kind === 'captured') return current
      throw new AppError('invalid_input', t('sitesMain.captureFirst'))
    }
    const unchanged = current.kind === 'builtin' && current.id === wanted.id
    if (!unchanged || !(await this.folders.hasTheme(id))) await this.installBuiltin(id, wanted)
    return wanted
  }

  private async installBuiltin(id: string, theme: SiteTheme): Promise<void> {
    if (theme.kind !== 'builtin') return
    try {
      await this.folders.installBuiltin(id, theme.id)
    } catch (error) {
      throw new AppError('io', t('sitesMain.themeFolder'), {
        cause: error,
      })
    }
  }
}

/** Secret store key of one of a site's secrets. */
export function secretKey(siteId: string, name: SecretName): string {
  return `site:${siteId}:${name}`
}

function cleanDraft(draft: SiteDraft): SiteDraft {
  const categories = [...new Set(draft.categories.map((c) => c.trim()).filter(Boolean))]
  const navigation = draft.navigation
    .map((link) => ({ label: link.label.trim(), url: link.url.trim() }))
    .filter((link) => link.label !== '')
  const name = draft.name.trim()
  if (!name) throw new AppError('invalid_input', t('sitesMain.name'))
  return { ...draft, name, url: draft.url.trim(), categories, navigation }
}

function checkedPageUrl(text: string): string {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    throw new AppError('invalid_input', t('sitesMain.articleAddress'))
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AppError('invalid_input', t('sitesMain.httpAddress'))
  }
  return url.href
}

function captureFailure(error: unknown): AppError {
  if (error instanceof AppError) return error
  if (error instanceof CaptureError) {
    return new AppError('refused', error.message, { cause: error })
  }
  console.error('Theme capture failed', error)
  return new AppError('io', t('sitesMain.captureFailed'), {
    cause: error,
  })
}
