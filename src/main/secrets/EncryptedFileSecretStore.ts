import { readFile } from 'node:fs/promises'
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

  constructor(
    private readonly filePath: string,
    private readonly cipher: SecretCipher,
  ) {}

  protection(): SecretProtection {
    return this.cipher.protection()
  }

  async get(key: string): Promise<string | null> {
    const sealed = (await this.read())[key]
    if (sealed === undefined) return null
    try {
      return this.cipher.decrypt(Buffer.from(sealed, 'base64'))
    } catch {
      // Sealed on another machine or by another user account: as good as not saved.
      return null
    }
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

  private change(edit: (values: Record<string, string>) => void): Promise<void> {
    const run = this.queue.then(async () => {
      const values = await this.read()
      edit(values)
      await writeFileAtomic(this.filePath, JSON.stringify({ schema: 1, values }, null, 2))
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  private async read(): Promise<Record<string, string>> {
    let text: string
    try {
      text = await readFile(this.filePath, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
      throw error
    }
    try {
      return SecretsFileSchema.parse(JSON.parse(text)).values
    } catch {
      // A damaged file holds nothing usable; the person saves the secrets again.
      return {}
    }
  }
}
