import { join } from 'node:path'
import Store from 'electron-store'
import { recoverSettingsFile, writeSettingsFile } from '../settings/recoverSettingsFile'
import type { SettingsStore, StoredSettings } from '../settings/SettingsStore'

/**
 * Settings kept by electron-store in `<userData>/settings.json` (atomic writes, per user), with
 * the last good copy beside it. A damaged file is repaired before electron-store opens it, which
 * would otherwise either refuse to start or (with `clearInvalidConfig`) silently drop every site.
 */
export class ElectronSettingsStore implements SettingsStore {
  private readonly store: Store<Record<string, unknown>>
  private readonly backupPath: string
  private readonly found: (() => string)[]

  constructor(userDataPath: string) {
    const filePath = join(userDataPath, 'settings.json')
    this.found = recoverSettingsFile(filePath).problems
    this.backupPath = `${filePath}.bak`
    this.store = new Store<Record<string, unknown>>({
      name: 'settings',
      cwd: userDataPath,
      clearInvalidConfig: false,
    })
  }

  get(key: keyof StoredSettings): unknown {
    return this.store.get(key)
  }

  set<K extends keyof StoredSettings>(key: K, value: StoredSettings[K]): void {
    this.store.set(key, value)
    writeSettingsFile(this.backupPath, this.store.store)
  }

  /** What was wrong with the file at start, in words for the person. */
  problems(): string[] {
    return this.found.map((words) => words())
  }
}
