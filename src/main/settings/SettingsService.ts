import { SettingsSchema, type Settings, type SettingsPatch } from '@shared/settings/Settings'
import type { SettingsStore } from './SettingsStore'

type SettingsKey = keyof Settings

/**
 * The renderer-visible settings: stored values merged over defaults, each field checked on its
 * own so one bad value (a hand-edited file, an older version) never resets the others.
 */
export class SettingsService {
  constructor(
    private readonly store: SettingsStore,
    private readonly defaults: { libraryPath: string },
    /** Told of every change the renderer makes (the main side follows the language). */
    private readonly onChange?: (settings: Settings) => void,
  ) {}

  get(): Settings {
    const settings = SettingsSchema.parse({ libraryPath: this.defaults.libraryPath })
    const stored = this.store.get('settings')
    if (!stored || typeof stored !== 'object') return settings
    const record = stored as Record<string, unknown>
    const merged: Record<string, unknown> = { ...settings }
    for (const key of Object.keys(SettingsSchema.shape) as SettingsKey[]) {
      if (record[key] === undefined) continue
      const field = SettingsSchema.shape[key].safeParse(record[key])
      if (field.success) merged[key] = field.data
    }
    return SettingsSchema.parse(merged)
  }

  /** Applies a validated patch; fields the patch leaves out keep their value. */
  update(patch: SettingsPatch): Settings {
    const current = this.get()
    const next: Settings = {
      ...current,
      ...(patch.userName !== undefined && { userName: patch.userName.trim() }),
      ...(patch.nameAsked !== undefined && { nameAsked: patch.nameAsked }),
      ...(patch.lastArticleId !== undefined && { lastArticleId: patch.lastArticleId }),
      ...(patch.language !== undefined && { language: patch.language }),
      panes: { ...current.panes, ...definedOnly(patch.panes ?? {}) },
    }
    this.store.set('settings', next)
    this.onChange?.(next)
    return next
  }

  /** Only `library.choose` changes the library path, never a renderer patch. */
  setLibraryPath(libraryPath: string): Settings {
    const next = { ...this.get(), libraryPath }
    this.store.set('settings', next)
    return next
  }

  /** The library folder a person chose earlier, if any; the default is not stored. */
  storedLibraryPath(): string | null {
    const stored = this.store.get('settings')
    if (!stored || typeof stored !== 'object') return null
    const value = (stored as Record<string, unknown>).libraryPath
    return typeof value === 'string' && value !== '' ? value : null
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
