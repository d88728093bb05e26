import { t } from '@shared/i18n/i18n'
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

/** The settings record as stored: keys to unchecked values. */
export type StoredRecord = Record<string, unknown>

/**
 * What {@link recoverSettingsFile} found: the record to start from, and what was wrong. The
 * file is read before the language is known, so each problem gives its words when asked.
 */
export interface RecoveredSettings {
  record: StoredRecord
  problems: (() => string)[]
}

/**
 * Makes `<filePath>` safe to open before anything reads it: a damaged file is moved aside and
 * the last good copy (`<filePath>.bak`) is put back in its place, or the store starts empty and
 * says so. Afterwards the file is either absent or a valid JSON object, so a store that would
 * refuse or silently clear a damaged file (electron-store) never sees one.
 */
export function recoverSettingsFile(filePath: string): RecoveredSettings {
  const backupPath = `${filePath}.bak`
  const text = readIfThere(filePath)
  if (text === null) {
    const backup = readRecord(readIfThere(backupPath))
    if (backup) writeSettingsFile(filePath, backup)
    return { record: backup ?? {}, problems: [] }
  }
  const record = readRecord(text)
  if (record) return { record, problems: [] }
  const aside = `${filePath}.damaged-${Date.now()}`
  renameSync(filePath, aside)
  const backup = readRecord(readIfThere(backupPath))
  if (backup) {
    writeSettingsFile(filePath, backup)
    return {
      record: backup,
      problems: [() => t('startupMain.settingsRestored', { aside: basename(aside) })],
    }
  }
  return {
    record: {},
    problems: [() => t('startupMain.settingsReset', { aside: basename(aside) })],
  }
}

/**
 * Writes the record atomically (temp file, fsync, rename). Synchronous on purpose: the file is
 * tiny, writes are rare, and a synchronous write cannot be lost to a process exit after it.
 */
export function writeSettingsFile(filePath: string, record: StoredRecord): void {
  mkdirSync(dirname(filePath), { recursive: true })
  const temp = `${filePath}.${process.pid}.tmp`
  const fd = openSync(temp, 'w')
  try {
    writeSync(fd, `${JSON.stringify(record, null, 2)}\n`)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temp, filePath)
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
