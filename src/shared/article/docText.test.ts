import { describe, expect, it } from 'vitest'
import type { DocNode } from './Article'
import { FIRST_LINE_MAX, countWords, docFirstLine, docText } from './docText'

const text = (t: string, marks?: DocNode['marks']): DocNode => ({ type: 'text', text: t, marks })
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content })
const h = (t: string): DocNode => ({ type: 'heading', attrs: { level: 2 }, content: [text(t)] })
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content })

describe('docText', () => {
  it('puts each block on its own line and keeps marked text inline', () => {
    const d = doc(h('Title'), p(text('Hello '), text('bold', [{ type: 'bold' }]), text(' world')))
    expect(docText(d)).toBe('Title\nHello bold world')
  })

  it('reads lists, quotes and table cells as blocks', () => {
    const d = doc(
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('one'))] }] },
      { type: 'blockquote', content: [p(text('quoted'))] },
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [
              { type: 'tableCell', content: [p(text('a'))] },
              { type: 'tableCell', content: [p(text('b'))] },
            ],
          },
        ],
      },
    )
    expect(docText(d)).toBe('one\nquoted\na\nb')
  })

  it('turns hard breaks into newlines and reads an image as its caption', () => {
    const d = doc(
      p(text('line one'), { type: 'hardBreak' }, text('line two')),
      { type: 'image', attrs: { src: 'asset:x.png' } },
      { type: 'image', attrs: { src: 'asset:y.png', caption: 'The new pier' } },
    )
    expect(docText(d)).toBe('line one\nline two\nThe new pier')
  })
})

describe('docFirstLine', () => {
  it('is the first block with text, whitespace collapsed', () => {
    expect(docFirstLine(doc(p(), p(text('   ')), p(text('  The  port   opened. '))))).toBe(
      'The port opened.',
    )
  })

  it('is empty for an empty document', () => {
    expect(docFirstLine(doc(p()))).toBe('')
  })

  it(`is at most ${FIRST_LINE_MAX} characters, cut at a word`, () => {
    const line = docFirstLine(doc(p(text('harbour '.repeat(60)))))
    expect(line.length).toBeLessThanOrEqual(FIRST_LINE_MAX)
    expect(line).toMatch(/harbour…$/)
  })
})

describe('countWords', () => {
  it('counts words joined by apostrophes and hyphens once', () => {
    expect(countWords("Don't stop: a state-of-the-art plan, 2024 edition.")).toBe(7)
  })

  it('counts words in any script', () => {
    expect(countWords('Überraschung für München — Ελληνικά слова')).toBe(5)
  })

  it('counts each Han, Hiragana and Katakana character as a word', () => {
    expect(countWords('日本語 と カタカナ')).toBe(8)
  })

  it('is zero for punctuation and space', () => {
    expect(countWords(' — … !! ')).toBe(0)
  })
})

describe('countWords against the reference pattern', () => {
  const alone = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`
  const letter = String.raw`(?:(?![${alone}])[\p{L}\p{N}])`
  const pattern = new RegExp(`[${alone}]|${letter}+(?:['’.-]${letter}+)*`, 'gu')
  const reference = (text: string) => text.match(pattern)?.length ?? 0

  it.each([
    "it's a dog-eat-dog world, isn't it?",
    'a--b -c d- e-f-g ’tis rock’n’roll',
    '𝐁𝐨𝐥𝐝 math letters 𝟏𝟐𝟑 and 😀 emoji',
    '東京 タワー 123,456.78 item#4',
    'e.g. 3.5 per cent... end.Start 日本語の文章abc',
    'tab\tseparated\nlines\r\nand   spaces',
  ])('counts %j as the pattern does', (text) => {
    expect(countWords(text)).toBe(reference(text))
  })

  it('keeps an accent typed as a combining mark inside its word', () => {
    expect(countWords('cafe\u0301 ole\u0301')).toBe(2)
  })
})
