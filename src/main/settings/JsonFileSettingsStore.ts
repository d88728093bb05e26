import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs'
import { basename, dirname } from 'node:path'
import type { SettingsStore, StoredSettings } from './SettingsStore'

type StoredRecord = Record<string, unknown>

/**
 * Settings in one plain JSON file (`<userData>/settings.json`), written atomically (temp
 * file, fsync, rename), with the last good copy beside it (`settings.json.bak`). A damaged
 * file is moved aside, the last good copy takes its place, and {@link problems} says so.
 *
 * Writes are synchronous on purpose: the file is tiny, writes are rare, and a synchronous write
 * cannot be lost to a process exit that follows it.
 */
export class JsonFileSettingsStore implements SettingsStore {
  private readonly data: StoredRecord
  private readonly found: string[] = []

  constructor(readonly filePath: string) {
    this.data = this.load()
  }

  get(key: keyof StoredSettings): unknown {
    return this.data[key]
  }

  set<K extends keyof StoredSettings>(key: K, value: StoredSettings[K]): void {
    this.data[key] = value
    const text = `${JSON.stringify(this.data, null, 2)}\n`
    writeAtomically(this.filePath, text)
    writeAtomically(`${this.filePath}.bak`, text)
  }

  /** What went wrong reading the file at start, in words for the person. */
  problems(): string[] {
    return [...this.found]
  }

  private load(): StoredRecord {
    const text = readIfThere(this.filePath)
    if (text === null) return readRecord(readIfThere(`${this.filePath}.bak`)) ?? {}
    const record = readRecord(text)
    if (record) return record
    const aside = `${this.filePath}.damaged-${Date.now()}`
    renameSync(this.filePath, aside)
    const backup = readRecord(readIfThere(`${this.filePath}.bak`))
    if (backup) {
      writeAtomically(this.filePath, `${JSON.stringify(backup, null, 2)}\n`)
      this.found.push(
        `The settings file was damaged. Copydesk put back the last good copy and kept the damaged file as ${basename(aside)}.`,
      )
      return backup
    }
    this.found.push(
      `The settings file was damaged and there was no good copy to put back, so Copydesk started with default settings (sites may need to be added again). The damaged file is kept as ${basename(aside)}.`,
    )
    return {}
  }
}

function readIfThere(filePath: string): string | null {
  try {
    return readFileSync(filePath, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

function readRecord(text: string | null): StoredRecord | null {
  if (text === null) return null
  try {
    const parsed: unknown = JSON.parse(text)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      return parsed as StoredRecord
  } catch {
    // Damaged: the caller decides what takes its place.
  }
  return null
}

function writeAtomically(filePath: string, text: string): void {
  mkdirSync(dirname(filePath), { recursive: true })
  const temp = `${filePath}.${process.pid}.tmp`
  const fd = openSync(temp, 'w')
  try {
    writeSync(fd, text)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temp, filePath)
}
