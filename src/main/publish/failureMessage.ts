import { t } from '@shared/i18n/i18n'
import { AppError } from '../errors/AppError'
import { PublishError } from './PublishError'
import { scrubSecrets } from './scrubSecrets'

/** What a person reads about a failed publish step: never a secret, never a stack. */
export function failureMessage(error: unknown, secrets: Iterable<string>): string {
  const raw =
    error instanceof PublishError || error instanceof AppError
      ? error.message
      : error instanceof Error && error.message
        ? t('publishMain.errors.unexpectedWith', { message: error.message })
        : t('publishMain.errors.unexpected')
  return scrubSecrets(raw, secrets)
}
