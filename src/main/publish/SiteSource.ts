import { SiteProfileSchema, type SiteProfile } from '@shared/sites/SiteProfile'
import type { SettingsStore } from '../settings/SettingsStore'

/** Where publishing reads site profiles from. */
export interface SiteSource {
  get(id: string): SiteProfile | null
  list(): SiteProfile[]
}

/** Site profiles straight from the settings store, each validated; broken ones are skipped. */
export function settingsSiteSource(store: SettingsStore): SiteSource {
  const list = (): SiteProfile[] => {
    const stored = store.get('sites')
    if (!Array.isArray(stored)) return []
    return stored.flatMap((raw) => {
      const parsed = SiteProfileSchema.safeParse(raw)
      return parsed.success ? [parsed.data] : []
    })
  }
  return {
    get: (id) => list().find((site) => site.id === id) ?? null,
    list,
  }
}
