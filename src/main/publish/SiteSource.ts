import { SiteProfileSchema, type SiteProfile } from '@shared/sites/SiteProfile'
import type { SettingsStore } from '../settings/SettingsStore'

/** Where publishing reads site profiles from. */
export interface SiteSource {
  get(id: string): SiteProfile | null
}

/** Site profiles straight from the settings store, each validated; broken ones are skipped. */
export function settingsSiteSource(store: SettingsStore): SiteSource {
  return {
    get(id) {
      const stored = store.get('sites')
      if (!Array.isArray(stored)) return null
      for (const raw of stored) {
        const parsed = SiteProfileSchema.safeParse(raw)
        if (parsed.success && parsed.data.id === id) return parsed.data
      }
      return null
    },
  }
}
