import { readingMinutes } from '@shared/article/readingMinutes'
import { t } from '@shared/i18n/i18n'

/** The status bar's reading time, e.g. "3 min read", in the app's language. */
export function readingTime(words: number): string {
  return t('status.readingTime', { minutes: readingMinutes(words) })
}
