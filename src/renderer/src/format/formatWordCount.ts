import { formatNumber } from '@shared/format/localeFormat'

/** "1 word", "1,204 words". */
export function formatWordCount(words: number): string {
  return `${formatNumber(words)} ${words === 1 ? 'word' : 'words'}`
}
