import { t } from '@shared/i18n/i18n'
/**
 * The message to show for a failure: a CopydeskError's or Error's own message (written for
 * people by main), or a plain fallback when the thrown value carries none.
 */
export function errorMessage(error: unknown, fallback = t('screens.failures.something')): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const { message } = error
    if (typeof message === 'string' && message.trim() !== '') return message
  }
  return fallback
}
