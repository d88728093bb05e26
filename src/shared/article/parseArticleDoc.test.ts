import { Node } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { documentSchema } from '../editor/schema'
import { randomDoc } from '../render/testing/randomDoc'
import { normalizeDoc } from '../render/testing/normalizeDoc'
import { ArticleDocSchema, type DocNode } from './Article'
import { parseArticleDoc } from './parseArticleDoc'

const text = (words: string, marks?: DocNode['marks']): DocNode =>
  marks ? { type: 'text', marks, text: words } : { type: 'text', text: words }
const parsed: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Ports')] },
    {
      type: 'paragraph',
      content: [
        text('Open ', [{ type: 'bold' }]),
        text('now', [{ type: 'link', attrs: { href: 'https://a.example' } }]),
      ],
    },
    { type: 'horizontalRule' },
  ],
}

/** Documents zod takes or refuses, some in its own shape and some not. */
const samples: unknown[] = [
  parsed,
  { type: 'doc' },
  { type: 'doc', content: [] },
  { content: [], type: 'doc' },
  { type: 'doc', content: [{ type: 'paragraph', extra: 1 }] },
  { type: 'doc', content: [{ type: 'text', text: 'a', marks: [{ attrs: {}, type: 'bold' }] }] },
  { type: 'paragraph' },
  { type: 'doc', content: [{ type: '' }] },
  { type: 'doc', content: [{ type: 'x'.repeat(65) }] },
  { type: 'doc', content: [{ type: 'text', text: 5 }] },
  { type: 'doc', content: [null] },
  // eslint-disable-next-line no-sparse-arrays -- a hole in the content array
  { type: 'doc', content: [, { type: 'paragraph' }] },
  { type: 'doc', content: {} },
  { type: 'doc', attrs: [] },
  { type: 'doc', attrs: 'level' },
  { type: 'doc', marks: [{ type: 'bold', attrs: null }] },
  { type: 'doc', marks: [{}] },
  Object.assign(Object.create({ type: 'doc' }) as object, { content: [] }),
  [],
  'doc',
  null,
]

describe('parseArticleDoc', () => {
  it('takes and refuses exactly what ArticleDocSchema does, with the same result', () => {
    for (const sample of samples) {
      const fast = parseArticleDoc(sample)
      const schema = ArticleDocSchema.safeParse(sample)
      expect({ sample, ok: fast.success }).toEqual({ sample, ok: schema.success })
      if (fast.success && schema.success) {
        expect(JSON.stringify(fast.data)).toBe(JSON.stringify(schema.data))
      }
    }
  })

  it('gives back a document already in the schema’s shape as it is, without copying it', () => {
    const result = parseArticleDoc(parsed)
    expect(result.success && result.data).toBe(parsed)
  })
  it('takes documents as the editor sends them through the IPC door without copying them', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const editor = Node.fromJSON(documentSchema(), normalizeDoc(randomDoc(seed))).toJSON()
      const sent: unknown = structuredClone(editor)
      const result = parseArticleDoc(sent)
      expect(result.success && result.data, `seed ${seed}`).toBe(sent)
    }
  })
})
