import { recoverSettingsFile, writeSettingsFile, type StoredRecord } from './recoverSettingsFile'
import type { SettingsStore, StoredSettings } from './SettingsStore'

/**
 * Settings in one plain JSON file, for the browser harness and tests (the app keeps the same
 * file through electron-store): written atomically, with the last good copy beside it
 * (`<file>.bak`). A damaged file is moved aside, the last good copy takes its place, and
 * {@link problems} says so.
 */
export class JsonFileSettingsStore implements SettingsStore {
  private readonly data: StoredRecord
  private readonly found: (() => string)[]

  constructor(readonly filePath: string) {
    const { record, problems } = recoverSettingsFile(filePath)
    this.data = record
    this.found = problems
  }

  get(key: keyof StoredSettings): unknown {
    return this.data[key]
  }

  set<K extends keyof StoredSettings>(key: K, value: StoredSettings[K]): void {
    this.data[key] = value
    writeSettingsFile(this.filePath, this.data)
    writeSettingsFile(`${this.filePath}.bak`, this.data)
  }

  /** What went wrong reading the file at start, in words for the person. */
  problems(): string[] {
    return this.found.map((words) => words())
  }
}
