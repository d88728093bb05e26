import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs'
import { dirname } from 'node:path'
import type { SettingsStore, StoredSettings } from './SettingsStore'

/**
 * Settings in one plain JSON file, written atomically (temp file, fsync, rename). Used by the
 * browser harness and tests, where electron-store is not available.
 *
 * Writes are synchronous on purpose: the file is tiny, writes are rare, and a synchronous write
 * cannot be lost to a process exit that follows it.
 */
export class JsonFileSettingsStore implements SettingsStore {
  private readonly data: Record<string, unknown>

  constructor(readonly filePath: string) {
    this.data = readRecord(filePath)
  }

  get(key: keyof StoredSettings): unknown {
    return this.data[key]
  }

  set<K extends keyof StoredSettings>(key: K, value: StoredSettings[K]): void {
    this.data[key] = value
    writeAtomically(this.filePath, `${JSON.stringify(this.data, null, 2)}\n`)
  }
}

function readRecord(filePath: string): Record<string, unknown> {
  let text: string
  try {
    text = readFileSync(filePath, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw error
  }
  try {
    const parsed: unknown = JSON.parse(text)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>
    }
  } catch {
    // Falls through: a damaged settings file must not keep the app from starting.
  }
  const aside = `${filePath}.damaged-${Date.now()}`
  renameSync(filePath, aside)
  console.warn(`Settings file was damaged; moved it to ${aside} and started with defaults.`)
  return {}
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
