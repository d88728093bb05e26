import { formatNumber } from '@shared/format/localeFormat'
import { t } from '@shared/i18n/i18n'
import { readFile, rename } from 'node:fs/promises'
import { basename } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../library/atomicWrite'
import type { SecretProtection, SecretStore } from './SecretStore'

/** Turns a secret into opaque bytes and back; Electron's safeStorage in the app. */
export interface SecretCipher {
  protection(): SecretProtection
  encrypt(plain: string): Buffer
  decrypt(sealed: Buffer): string
}

const SecretsFileSchema = z.object({
  schema: z.literal(1),
  /** key → sealed bytes, base64. */
  values: z.record(z.string(), z.string()),
})

/**
 * Secrets sealed by a cipher and kept in one JSON file (`<userData>/secrets.json`). The file
 * never holds a readable secret; writes are atomic and one at a time.
 */
export class EncryptedFileSecretStore implements SecretStore {
  private queue: Promise<unknown> = Promise.resolve()
  private readonly found: (() => string)[] = []

  constructor(
    private readonly filePath: string,
    private readonly cipher: SecretCipher,
  ) {}

  protection(): SecretProtection {
    return this.cipher.protection()
  }

  async get(key: string): Promise<string | null> {
    const sealed = (await this.read())[key]
    if (sealed === undefined || !this.opens(sealed)) return null
    return this.cipher.decrypt(Buffer.from(sealed, 'base64'))
  }

  async has(key: string): Promise<boolean> {
    return (await this.read())[key] !== undefined
  }

  set(key: string, value: string): Promise<void> {
    if (this.cipher.protection() === 'unavailable') {
      return Promise.reject(new Error('This computer offers no way to store secrets safely.'))
    }
    return this.change((values) => {
      values[key] = this.cipher.encrypt(value).toString('base64')
    })
  }

  delete(key: string): Promise<void> {
    return this.change((values) => {
      delete values[key]
    })
  }

  async verify(): Promise<void> {
    await this.read()
  }

  /** What was wrong with the secrets file, in words for the person. */
  problems(): string[] {
    return this.found.map((words) => words())
  }

  private change(edit: (values: Record<string, string>) => void): Promise<void> {
    const run = this.queue.then(async () => {
      const values = await this.read()
      edit(values)
      const text = JSON.stringify({ schema: 1, values }, null, 2)
      // The last good copy first: entries damaged later in the file are taken from it.
      await writeFileAtomic(`${this.filePath}.bak`, text)
      await writeFileAtomic(this.filePath, text)
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  private async read(): Promise<Record<string, string>> {
    const text = await readIfThere(this.filePath)
    if (text === null) return (await this.readBackup()) ?? {}
    const values = parseSecrets(text)
    if (!values) return this.repair(text)
    return this.healed(values)
  }

  /**
   * Entries damaged in place (the file still parses) or missing are taken from the last good
   * copy, which every change writes first.
   */
  private async healed(values: Record<string, string>): Promise<Record<string, string>> {
    const backup = await this.readBackup()
    if (!backup) return values
    const result = { ...values }
    for (const [key, sealed] of Object.entries(backup)) {
      const current = result[key]
      if (current === sealed) continue
      if (current === undefined || (!this.opens(current) && this.opens(sealed))) {
        result[key] = sealed
      }
    }
    return result
  }

  /**
   * A damaged file: moved aside, and every entry that can still be read from it (each sits on
   * a line of its own) is kept, over the last good copy's entries. The person is told which
   * secrets to enter again.
   */
  private async repair(damaged: string): Promise<Record<string, string>> {
    const aside = `${this.filePath}.damaged-${Date.now()}`
    await rename(this.filePath, aside).catch(() => undefined)
    const backup = (await this.readBackup()) ?? {}
    const values = { ...backup }
    // An entry hit by the damage no longer opens: the last good copy's one is kept instead.
    for (const [key, sealed] of Object.entries(salvageEntries(damaged))) {
      if (this.opens(sealed) || values[key] === undefined) values[key] = sealed
    }
    const text = JSON.stringify({ schema: 1, values }, null, 2)
    await writeFileAtomic(this.filePath, text)
    const kept = Object.keys(values).length
    this.found.push(() =>
      t('startupMain.secretsRepaired', { kept: formatNumber(kept), aside: basename(aside) }),
    )
    return values
  }

  private opens(sealed: string): boolean {
    try {
      this.cipher.decrypt(Buffer.from(sealed, 'base64'))
      return true
    } catch {
      return false
    }
  }

  private async readBackup(): Promise<Record<string, string> | null> {
    const text = await readIfThere(`${this.filePath}.bak`)
    return text === null ? null : parseSecrets(text)
  }
}

async function readIfThere(filePath: string): Promise<string | null> {
  try {
    return await readFile(filePath, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

function parseSecrets(text: string): Record<string, string> | null {
  try {
    return SecretsFileSchema.parse(JSON.parse(text)).values
  } catch {
    return null
  }
}

/** `"key": "base64"` pairs still whole in a damaged file. */
function salvageEntries(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  for (const match of text.matchAll(/"((?:[^"\\]|\\.)+)"\s*:\s*"([A-Za-z0-9+/]+={0,2})"/g)) {
    const [, key, sealed] = match
    if (key !== undefined && sealed !== undefined) values[key] = sealed
  }
  return values
}
