const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const MARK = /\p{M}/u
/** Scripts written without spaces between words: only a dictionary knows where words end. */
const WITHOUT_SPACES =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u30fc]/u

const SEPARATOR = 0
const LETTER = 1
const JOINER = 2
const COMBINING = 3
const UNSPACED = 4

let segmenter: Intl.Segmenter | undefined

function charClass(text: string, i: number, code: number): number {
  if (code < 128) {
    const lower = code | 0x20
    if ((lower >= 97 && lower <= 122) || (code >= 48 && code <= 57)) return LETTER
    return code === 39 || code === 45 || code === 46 ? JOINER : SEPARATOR
  }
  if (code === 0x2019) return JOINER
  const char = String.fromCodePoint(text.codePointAt(i) ?? code)
  if (WITHOUT_SPACES.test(char)) return UNSPACED
  if (LETTER_OR_DIGIT.test(char)) return LETTER
  return MARK.test(char) ? COMBINING : SEPARATOR
}

/** Words in a run of Chinese, Japanese, Thai…, as the runtime's word dictionaries cut it. */
function countUnspacedWords(run: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' })
  let count = 0
  for (const segment of segmenter.segment(run)) if (segment.isWordLike) count++
  return count
}

function unspacedRunEnd(text: string, start: number): number {
  let end = start
  while (end < text.length) {
    const code = text.charCodeAt(end)
    const kind = charClass(text, end, code)
    if (kind !== UNSPACED && kind !== COMBINING) break
    end += code >= 0xd800 && code <= 0xdbff ? 2 : 1
  }
  return end
}

/**
 * Number of words in a text, in any script: runs of letters and digits, joined by an
 * apostrophe, hyphen or dot ("don't", "state-of-the-art", "3.5", "e.g." count once), an accent typed as a combining
 * mark staying inside its word. Chinese, Japanese, Thai and other scripts without spaces are
 * cut into words with `Intl.Segmenter` ("東京の港が開く" is 5 words, not 1 or 7). The one word
 * count of the app: the status bar, the library and the history all use it. One pass, because a
 * regular expression takes tens of milliseconds on a book-length text and this a few.
 */
export function countWords(text: string): number {
  let count = 0
  let inWord = false
  let afterJoiner = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const kind = charClass(text, i, code)
    if (kind === UNSPACED) {
      const end = unspacedRunEnd(text, i)
      count += countUnspacedWords(text.slice(i, end))
      i = end - 1
      inWord = false
      afterJoiner = false
      continue
    }
    // The low half of a surrogate pair was classified with its high half.
    if (code >= 0xd800 && code <= 0xdbff) i++
    if (kind === LETTER) {
      if (!inWord && !afterJoiner) count++
      inWord = true
      afterJoiner = false
    } else if (kind === COMBINING && inWord) {
      continue
    } else {
      afterJoiner = kind === JOINER && inWord
      inWord = false
    }
  }
  return count
}
