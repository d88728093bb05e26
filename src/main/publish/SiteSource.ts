import type { SiteProfile } from '@shared/sites/SiteProfile'

/** Where publishing reads site profiles from (the sites service in the app). */
export interface SiteSource {
  /** The profile, or null when no such site exists. */
  get(id: string): SiteProfile | null
  list(): SiteProfile[]
}
