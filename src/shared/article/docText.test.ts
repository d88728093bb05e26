import { describe, expect, it } from 'vitest'
import type { DocNode } from './Article'
import { FIRST_LINE_MAX, docFirstLine, docText } from './docText'

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

  it('turns hard breaks into newlines and skips images', () => {
    const d = doc(p(text('line one'), { type: 'hardBreak' }, text('line two')), {
      type: 'image',
      attrs: { src: 'asset:x.png' },
    })
    expect(docText(d)).toBe('line one\nline two')
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
