import { getSchema } from '@tiptap/core'
import { Fragment, Slice } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { createEditorExtensions } from '../createEditorExtensions'
import { countWords } from '@shared/article/countWords'
import type { DocNode } from '@shared/article/Article'
import { docText } from '@shared/article/docText'
import { countDocStats } from './countDocStats'

const schema = getSchema(createEditorExtensions({ articleId: 'a-test' }))
const text = (value: string) => ({ type: 'text', text: value })
const p = (...content: object[]) => ({ type: 'paragraph', content })
const doc = (...content: object[]) => schema.nodeFromJSON({ type: 'doc', content })

describe('countDocStats', () => {
  it('counts words and characters across marks, keeping blocks apart', () => {
    const stats = countDocStats(
      doc(
        p(
          text('The '),
          { type: 'text', text: 'well-known', marks: [{ type: 'bold' }] },
          text(' fact.'),
        ),
        p(text('Don’t stop.')),
      ),
    )
    expect(stats).toEqual({ words: 5, characters: 'The well-known fact.Don’t stop.'.length })
  })

  it('counts other scripts and characters outside the BMP', () => {
    expect(countDocStats(doc(p(text('Größe café 日本語 😀 ok'))))).toEqual({
      words: 4,
      characters: 19,
    })
  })

  it('counts list items, table cells and image captions', () => {
    const stats = countDocStats(
      doc(
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('one'))] }] },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                { type: 'tableCell', content: [p(text('two'))] },
                { type: 'tableCell', content: [p(text('three'))] },
              ],
            },
          ],
        },
        { type: 'image', attrs: { src: 'https://example.com/a.png', caption: 'four five' } },
      ),
    )
    expect(stats).toEqual({ words: 5, characters: 20 })
  })

  it('gives the same result when blocks come from the cache', () => {
    const first = doc(p(text('alpha beta')), p(text('gamma')))
    expect(countDocStats(first)).toEqual({ words: 3, characters: 15 })
    const at = first.child(0).nodeSize + 1
    const edited = first.replace(at, at, new Slice(Fragment.from(schema.text('x')), 0, 0))
    expect(countDocStats(edited)).toEqual({ words: 3, characters: 16 })
  })

  it('agrees with the library and the history, which count the stored document', () => {
    const json = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('東京の港が開く')] },
        p(text('Version 3.5 ships; 北京欢迎你 and สวัสดีชาวโลก.')),
        { type: 'image', attrs: { src: 'https://example.com/a.png', caption: 'The new quay' } },
      ],
    }
    const shown = countDocStats(schema.nodeFromJSON(json)).words
    expect(shown).toBe(countWords(docText(json as DocNode)))
    // 東京の港が開く 5; Version 3.5 ships, and 4; 北京欢迎你 3; สวัสดีชาวโลก 3; The new quay 3.
    expect(shown).toBe(5 + 4 + 3 + 3 + 3)
  })

  it('counts an empty document as zero', () => {
    expect(countDocStats(doc(p()))).toEqual({ words: 0, characters: 0 })
  })
})
