import { t } from '@shared/i18n/i18n'
/**
 * The text to show for a failure: the thrown value's own message (main writes those for
 * people), or `fallback` when it carries none.
 */
export function messageOf(error: unknown, fallback = t('screens.failures.something')): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const { message } = error
    if (typeof message === 'string' && message.trim() !== '') return message
  }
  return fallback
}
