import { describe, expect, it } from 'vitest'
import type { DocNode } from '@shared/article/Article'
import { changedSinceApproval, articleSourceHash } from '@shared/publish/articleSourceHash'
import { applySavePatch } from './applySavePatch'
import { newArticleFile } from './newArticleFile'

const created = new Date('2025-01-01T10:00:00.000Z')
const later = new Date('2025-01-01T10:05:00.000Z')
const base = newArticleFile('abcdef123456', 'Harbour news', created)

describe('applySavePatch', () => {
  it('merges the meta, stamps updatedAt and keeps id and createdAt', () => {
    const { file, changed } = applySavePatch(base, { meta: { excerpt: 'Short' } }, 'Ana', later)
    expect(changed).toBe(true)
    expect(file.meta).toMatchObject({
      id: base.meta.id,
      excerpt: 'Short',
      createdAt: created.toISOString(),
      updatedAt: later.toISOString(),
    })
  })

  it('reports no change when nothing differs', () => {
    const same = applySavePatch(
      base,
      { meta: { title: 'Harbour news' }, doc: base.doc },
      'Ana',
      later,
    )
    expect(same).toMatchObject({ changed: false, file: base })
  })

  it('reports no change for the same document with its keys in another order', () => {
    const reordered: DocNode = { content: [{ content: [], type: 'paragraph' }], type: 'doc' }
    const current = applySavePatch(base, { doc: reordered }, 'Ana', later).file
    expect(applySavePatch(current, { doc: reordered }, 'Ana', later).changed).toBe(false)
  })

  it('gives the JSON of the document it saves, to write the file with', () => {
    const doc: DocNode = { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 } }] }
    const { file, docJson } = applySavePatch(base, { doc }, 'Ana', later)
    expect(docJson).toBe(JSON.stringify(file.doc))
  })

  it('refuses a malformed document, naming where', () => {
    const doc = { type: 'doc', content: [{ type: 'paragraph', text: 5 }] } as unknown as DocNode
    expect(() => applySavePatch(base, { doc }, 'Ana', later)).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        message: expect.stringContaining('doc.content.0.text'),
      }),
    )
  })

  it('lets the slug follow the title, even when the automatic slug is echoed back', () => {
    const { file } = applySavePatch(
      base,
      { meta: { title: 'Ferry news', slug: 'ferry-news' } },
      'Ana',
      later,
    )
    expect(file.meta).toMatchObject({ slug: 'ferry-news', slugLocked: false })
  })

  it('locks a hand-edited slug and still makes it safe', () => {
    const { file } = applySavePatch(base, { meta: { slug: '../../CON' } }, 'Ana', later)
    expect(file.meta).toMatchObject({ slug: 'con-1', slugLocked: true })
    const renamed = applySavePatch(file, { meta: { title: 'Another title' } }, 'Ana', later)
    expect(renamed.file.meta.slug).toBe('con-1')
  })

  it('unlocks the slug when it is cleared or unlocked', () => {
    const locked = applySavePatch(base, { meta: { slug: 'custom' } }, 'Ana', later).file
    expect(applySavePatch(locked, { meta: { slug: '' } }, 'Ana', later).file.meta).toMatchObject({
      slug: 'harbour-news',
      slugLocked: false,
    })
    expect(
      applySavePatch(locked, { meta: { slugLocked: false } }, 'Ana', later).file.meta.slug,
    ).toBe('harbour-news')
  })

  it('records a status change in the history', () => {
    const { file, statusChange } = applySavePatch(
      base,
      { meta: { status: 'approved' } },
      'Ben',
      later,
    )
    const entry = { from: 'draft', to: 'approved', by: 'Ben', at: later.toISOString() }
    expect(statusChange).toEqual(entry)
    expect(file.history).toEqual([entry])
  })

  it('tidies tags and categories', () => {
    const { file } = applySavePatch(
      base,
      { meta: { tags: [' port ', '', 'port', 'ships'], category: ' News ' } },
      'Ana',
      later,
    )
    expect(file.meta).toMatchObject({ tags: ['port', 'ships'], category: 'News' })
  })

  it('refuses a value out of bounds', () => {
    expect(() => applySavePatch(base, { meta: { title: 'x'.repeat(2000) } }, 'Ana', later)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    )
  })

  describe('approval', () => {
    const text = (words: string): DocNode => ({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
    })
    const approve = (file = base) =>
      applySavePatch(file, { meta: { status: 'approved' } }, 'Rita', later).file

    it('approving fingerprints the approved content, at the time of the status change', () => {
      const approved = approve()
      expect(approved.approval).toEqual({
        sourceHash: articleSourceHash(approved.meta, approved.doc),
        at: later.toISOString(),
      })
      expect(approved.history.at(-1)?.at).toBe(approved.approval?.at)
      expect(changedSinceApproval(approved.approval, approved.meta, approved.doc)).toBe(false)
    })

    it('an edit to the text or the details after approval is a change since approval', () => {
      const approved = approve()
      const edited = applySavePatch(approved, { doc: text('New line') }, 'Ana', later).file
      expect(edited.meta.status).toBe('approved')
      expect(changedSinceApproval(edited.approval, edited.meta, edited.doc)).toBe(true)
      const retitled = applySavePatch(approved, { meta: { excerpt: 'Now' } }, 'Ana', later).file
      expect(changedSinceApproval(retitled.approval, retitled.meta, retitled.doc)).toBe(true)
    })

    it('going back to review drops the approval; approving again takes the new content', () => {
      const edited = applySavePatch(approve(), { doc: text('New line') }, 'Ana', later).file
      const back = applySavePatch(edited, { meta: { status: 'in_review' } }, 'Rita', later).file
      expect(back.approval).toBeNull()
      expect(changedSinceApproval(back.approval, back.meta, back.doc)).toBe(false)
      const again = approve(back)
      expect(changedSinceApproval(again.approval, again.meta, again.doc)).toBe(false)
      expect(again.approval?.sourceHash).not.toBe(approve().approval?.sourceHash)
    })

    it('a draft that was never approved is never changed since approval', () => {
      const edited = applySavePatch(base, { doc: text('New line') }, 'Ana', later).file
      expect(changedSinceApproval(edited.approval, edited.meta, edited.doc)).toBe(false)
    })
  })
})
