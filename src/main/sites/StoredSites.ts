import { SiteProfileSchema, type SiteProfile } from '@shared/sites/SiteProfile'
import type { SettingsStore } from '../settings/SettingsStore'

/**
 * The `sites` settings key, read profile by profile: one hand-edited or outdated entry is left
 * out of the list (and kept on disk untouched) instead of hiding every other site.
 */
export class StoredSites {
  constructor(private readonly store: SettingsStore) {}

  /** Every valid profile, in stored order; a repeated id keeps its first entry. */
  list(): SiteProfile[] {
    const seen = new Set<string>()
    const sites: SiteProfile[] = []
    for (const raw of this.raw()) {
      const parsed = SiteProfileSchema.safeParse(raw)
      if (!parsed.success || seen.has(parsed.data.id)) continue
      seen.add(parsed.data.id)
      sites.push(parsed.data)
    }
    return sites
  }

  find(id: string): SiteProfile | null {
    return this.list().find((site) => site.id === id) ?? null
  }

  /** Inserts or replaces the profile with this id; entries that do not parse stay as they were. */
  put(site: SiteProfile): void {
    const raw = this.raw()
    const index = raw.findIndex((entry) => idOf(entry) === site.id)
    if (index === -1) raw.push(site)
    else raw[index] = site
    this.store.set('sites', raw)
  }

  remove(id: string): void {
    this.store.set(
      'sites',
      this.raw().filter((entry) => idOf(entry) !== id),
    )
  }

  private raw(): unknown[] {
    const stored = this.store.get('sites')
    return Array.isArray(stored) ? [...(stored as unknown[])] : []
  }
}

function idOf(entry: unknown): unknown {
  return entry && typeof entry === 'object' ? (entry as Record<string, unknown>).id : undefined
}
