import Store from 'electron-store'
import type { SettingsStore, StoredSettings } from '../settings/SettingsStore'

/** Settings kept by electron-store in `<userData>/settings.json` (atomic writes, per-user). */
export class ElectronSettingsStore implements SettingsStore {
  private readonly store = new Store<Record<string, unknown>>({
    name: 'settings',
    // A damaged file would otherwise stop the app from starting; defaults are a fine fallback.
    clearInvalidConfig: true,
  })

  get(key: keyof StoredSettings): unknown {
    return this.store.get(key)
  }

  set<K extends keyof StoredSettings>(key: K, value: StoredSettings[K]): void {
    this.store.set(key, value)
  }
}
