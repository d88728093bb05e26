import { Node } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import type { DocNode } from '../article/Article'
import { randomDoc } from '../render/testing/randomDoc'
import { doc, p, text } from '../render/testing/docBuilders'
import { normalizeDoc } from '../render/testing/normalizeDoc'
import { documentSchema } from './schema'

describe('documentSchema', () => {
  it('builds under plain Node, where there is no DOM', () => {
    expect(typeof globalThis.document).toBe('undefined')
    expect(Object.keys(documentSchema().nodes)).toContain('image')
  })

  it('reads and writes generated documents unchanged', () => {
    for (let seed = 1; seed <= 100; seed++) {
      // Merged neighbouring text runs: the form ProseMirror keeps, and the editor stores.
      const json = normalizeDoc(randomDoc(seed))
      expect(Node.fromJSON(documentSchema(), json).toJSON(), `seed ${seed}`).toEqual(json)
    }
  })

  it('refuses a document that breaks the content rules', () => {
    const listWithText: DocNode = { type: 'doc', content: [{ type: 'bulletList', content: [p()] }] }
    expect(() => Node.fromJSON(documentSchema(), listWithText).check()).toThrow()
  })

  it('fills in attribute defaults as the editor stores them', () => {
    const json = doc({ type: 'heading', attrs: { level: 3 }, content: [text('Hi')] })
    const image: DocNode = { type: 'image', attrs: { src: 'https://x.test/a.png' } }
    const read = Node.fromJSON(documentSchema(), {
      ...json,
      content: [...(json.content ?? []), image],
    })
    expect(read.lastChild?.attrs).toEqual({
      src: 'https://x.test/a.png',
      alt: '',
      title: null,
      width: null,
      height: null,
      caption: '',
    })
  })
})
