/** How well secrets are protected at rest on this machine. */
export type SecretProtection = 'os' | 'basic_text' | 'unavailable'

/**
 * Where tokens and passwords live: encrypted with the operating system's keychain in the app
 * (Electron's safeStorage), in memory under tests and the browser harness. Values never leave
 * the main side.
 */
export interface SecretStore {
  protection(): SecretProtection
  get(key: string): Promise<string | null>
  set(key: string, value: string): Promise<void>
  delete(key: string): Promise<void>
  has(key: string): Promise<boolean>
  /** Damage found in the stored secrets (a damaged file moved aside), in plain words. */
  problems?(): string[]
  /** Reads the stored secrets once, so damage is found (and repaired) at start. */
  verify?(): Promise<void>
}

/** Secrets for one run only; used by tests and the browser harness. */
export class MemorySecretStore implements SecretStore {
  private readonly values = new Map<string, string>()

  constructor(private readonly level: SecretProtection = 'os') {}

  protection(): SecretProtection {
    return this.level
  }
  async get(key: string): Promise<string | null> {
    return this.values.get(key) ?? null
  }
  async set(key: string, value: string): Promise<void> {
    this.values.set(key, value)
  }
  async delete(key: string): Promise<void> {
    this.values.delete(key)
  }
  async has(key: string): Promise<boolean> {
    return this.values.has(key)
  }
}
