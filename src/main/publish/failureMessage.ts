import { AppError } from '../errors/AppError'
import { PublishError } from './PublishError'
import { scrubSecrets } from './scrubSecrets'

/** What a person reads about a failed publish step: never a secret, never a stack. */
export function failureMessage(error: unknown, secrets: Iterable<string>): string {
  const raw =
    error instanceof PublishError || error instanceof AppError
      ? error.message
      : `Publishing stopped because of an unexpected problem${
          error instanceof Error && error.message ? `: ${error.message}` : '.'
        }`
  return scrubSecrets(raw, secrets)
}
