import anyAscii from 'any-ascii'

const HAN = /\p{Script=Han}/u
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u
const WITHOUT_SPACES =
  /[\p{Script=Han}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
// Emoji would come out as their names (":tada:"), which no one meant as part of an address.
const PICTOGRAPHS = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0f/gu

/** How {@link romanize} treats a title. */
export interface RomanizeOptions {
  /** Keep Japanese with kanji as it is, for addresses that accept Unicode. */
  keepUnicode?: boolean
}

/** Words of a script written without spaces, cut apart by the runtime's dictionaries. */
function spacedWords(text: string): string {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
  const parts: string[] = []
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    parts.push(isWordLike ? ` ${anyAscii(segment)} ` : anyAscii(segment))
  }
  return parts.join('')
}

/**
 * A title in Latin letters: Cyrillic, Greek, Arabic, Hebrew, Devanagari, Korean (Revised
 * Romanization), Chinese (pinyin), Thai and Japanese kana are transliterated (any-ascii).
 * Chinese and Thai are first cut into words with `Intl.Segmenter`, so "北京欢迎你" reads
 * "BeiJing HuanYing Ni". Kanji need a dictionary to be read in Japanese (read as Chinese they
 * would mislead), so the Japanese of a title with kanji in it is left out, or kept as it is
 * with `keepUnicode`. Emoji are left out.
 */
export function romanize(title: string, { keepUnicode = false }: RomanizeOptions = {}): string {
  const text = title.normalize('NFC').replace(PICTOGRAPHS, ' ')
  const japanese = KANA.test(text)
  if (japanese && HAN.test(text)) {
    return text
      .split(/([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+)/u)
      .map((part, i) => (i % 2 === 0 ? anyAscii(part) : keepUnicode ? ` ${part} ` : ' '))
      .join('')
  }
  if (japanese || !WITHOUT_SPACES.test(text)) return anyAscii(text)
  return spacedWords(text)
}

/** Whether `title` has words that only a Unicode slug keeps (Japanese with kanji). */
export function hasUnromanizedWords(title: string): boolean {
  const text = title.normalize('NFC')
  return KANA.test(text) && HAN.test(text)
}
