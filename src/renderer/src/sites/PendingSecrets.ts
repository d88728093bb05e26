import { createContext } from 'react'
import type { SecretName } from '@shared/ipc/channels/sites'

/**
 * Secrets typed into the form of a site that is not saved yet. The form stores them in the
 * secret store right after the site is created (a secret belongs to a saved site), so a
 * person can fill in everything, token included, and press Add site once.
 */
export class PendingSecrets {
  private readonly values = new Map<SecretName, string>()

  set(name: SecretName, value: string): void {
    if (value === '') this.values.delete(name)
    else this.values.set(name, value)
  }

  /** The secrets waiting, in the order they were typed. */
  entries(): [SecretName, string][] {
    return [...this.values]
  }

  clear(): void {
    this.values.clear()
  }
}

/** The pending secrets of the site form around; null outside one (the field then waits). */
export const PendingSecretsContext = createContext<PendingSecrets | null>(null)
