import { isTextLike, nodeDefinition } from '../editor/documentNodes'
import type { DocNode } from './Article'

/** Longest first line kept for the library list. */
export const FIRST_LINE_MAX = 160

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const MARK = /\p{M}/u

/** A node holds inline content (a paragraph, a heading) when any child is text or a break. */
function isTextBlock(node: DocNode): boolean {
  return node.content?.some(isTextLike) ?? false
}

function inlineText(node: DocNode): string {
  let text = ''
  for (const child of node.content ?? []) {
    const leaf = child.type === 'text' ? (child.text ?? '') : nodeDefinition(child.type)?.leafText
    if (leaf !== undefined) text += leaf
    else if (child.content) text += inlineText(child)
  }
  return text
}

function collectBlocks(node: DocNode, out: string[]): void {
  if (node.type === 'text') {
    out.push(node.text ?? '')
    return
  }
  if (isTextBlock(node)) {
    out.push(inlineText(node))
    return
  }
  const kept = node.attrs ? nodeDefinition(node.type)?.attributeText?.(node.attrs) : undefined
  if (kept) out.push(kept)
  for (const child of node.content ?? []) collectBlocks(child, out)
}

/**
 * Plain text of a ProseMirror document: each text block (paragraph, heading, list item,
 * table cell…) and each text kept in attributes (an image's caption) on its own line, hard
 * breaks as newlines, marks dropped.
 */
export function docText(doc: DocNode): string {
  const blocks: string[] = []
  collectBlocks(doc, blocks)
  return blocks.join('\n')
}

function findFirstLine(node: DocNode): string | null {
  if (node.type === 'text' || isTextBlock(node)) {
    const text = (node.type === 'text' ? (node.text ?? '') : inlineText(node))
      .replace(/\s+/g, ' ')
      .trim()
    return text === '' ? null : text
  }
  for (const child of node.content ?? []) {
    const found = findFirstLine(child)
    if (found !== null) return found
  }
  return null
}

/**
 * The first non-empty text block of a document, whitespace collapsed, at most
 * {@link FIRST_LINE_MAX} characters (cut at a word and marked with an ellipsis).
 * Walks only as far as needed, so it is cheap on long documents.
 */
export function docFirstLine(doc: DocNode): string {
  const line = findFirstLine(doc) ?? ''
  if (line.length <= FIRST_LINE_MAX) return line
  const cut = line.slice(0, FIRST_LINE_MAX)
  const space = cut.lastIndexOf(' ')
  const kept = space > FIRST_LINE_MAX / 2 ? cut.slice(0, space) : cut.slice(0, FIRST_LINE_MAX - 1)
  return `${kept.replace(/[\s,.;:–-]+$/, '')}…`
}

/** Scripts written without spaces between words: each character counts as a word. */
const EACH_CHARACTER_A_WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/** 0: separator, 1: letter or digit, 2: joiner inside a word, 3: combining mark, 4: a word alone. */
function charClass(text: string, i: number, code: number): number {
  if (code < 128) {
    const lower = code | 0x20
    if ((lower >= 97 && lower <= 122) || (code >= 48 && code <= 57)) return 1
    return code === 39 || code === 45 || code === 46 ? 2 : 0
  }
  if (code === 0x2019) return 2
  const char = String.fromCodePoint(text.codePointAt(i) ?? code)
  if (LETTER_OR_DIGIT.test(char)) return EACH_CHARACTER_A_WORD.test(char) ? 4 : 1
  return MARK.test(char) ? 3 : 0
}

/**
 * Number of words in a text, in any script: runs of letters and digits, joined by an
 * apostrophe, hyphen or dot ("don't", "state-of-the-art", "3.5" count once), and each Han,
 * Hiragana or Katakana character, since those scripts put no spaces between words. Counts what
 * the pattern `[\p{L}\p{N}]+(['’.-][\p{L}\p{N}]+)*` matches (with the `u` flag), except that an
 * accent typed as a combining mark stays inside its word; done in one pass, because the regular
 * expression takes tens of milliseconds on a book-length text and this a few. The library's
 * counts and the editor's status bar both count with this.
 */
export function countWords(text: string): number {
  let count = 0
  let inWord = false
  let afterJoiner = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const kind = charClass(text, i, code)
    // The low half of a surrogate pair was classified with its high half.
    if (code >= 0xd800 && code <= 0xdbff) i++
    if (kind === 4) {
      count++
      inWord = false
      afterJoiner = false
    } else if (kind === 1) {
      if (!inWord && !afterJoiner) count++
      inWord = true
      afterJoiner = false
    } else if (kind === 3 && inWord) {
      continue
    } else {
      afterJoiner = kind === 2 && inWord
      inWord = false
    }
  }
  return count
}
