import { formatNumber } from '@shared/format/localeFormat'
import { t } from '@shared/i18n/i18n'

/** "1 word", "1,204 words", in the app's language. */
export function formatWordCount(words: number): string {
  return t('status.words', { count: words, formatted: formatNumber(words) })
}
