import { describe, expect, it } from 'vitest'
import { ArticleFileSchema } from './Article'
import { COMMENT_BODY_MAX } from './Comment'
import { migrateComments } from './migrateComments'

const valid = {
  id: 'c1',
  quote: 'berths',
  body: 'How many?',
  author: 'Ana',
  createdAt: '2025-03-01T09:00:00.000Z',
  resolved: true,
  resolvedBy: 'Ben',
  resolvedAt: '2025-03-01T10:00:00.000Z',
  replies: [{ id: 'r1', body: 'Three', author: 'Ben', createdAt: '2025-03-01T09:30:00.000Z' }],
}

describe('migrateComments', () => {
  it('keeps valid comments exactly', () => {
    expect(migrateComments([valid])).toEqual([valid])
  })

  it('fills in what is missing instead of dropping the comment', () => {
    expect(migrateComments([{ text: 'Old style note' }])).toEqual([
      {
        id: 'comment-1',
        quote: '',
        body: 'Old style note',
        author: '',
        createdAt: '',
        resolved: false,
        resolvedBy: null,
        resolvedAt: null,
        replies: [],
      },
    ])
  })

  it('leaves out entries that are not objects, and non-arrays entirely', () => {
    expect(migrateComments([null, 'text', 3, [valid]])).toEqual([])
    expect(migrateComments({ comments: [valid] })).toEqual([])
    expect(migrateComments(undefined)).toEqual([])
  })

  it('makes duplicate and invalid ids unique', () => {
    const ids = migrateComments([valid, valid, { ...valid, id: 'has space' }]).map((c) => c.id)
    expect(ids).toEqual(['c1', 'comment-2', 'comment-3'])
  })

  it('cuts overlong bodies to the limit and drops resolution details of open comments', () => {
    const [comment] = migrateComments([
      { ...valid, body: 'x'.repeat(COMMENT_BODY_MAX + 5), resolved: false },
    ])
    expect(comment?.body.length).toBe(COMMENT_BODY_MAX)
    expect(comment).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null })
  })

  it('repairs bad replies', () => {
    const [comment] = migrateComments([{ ...valid, replies: [{ body: 'a' }, 7, { id: 'r1' }] }])
    expect(comment?.replies.map((r) => [r.id, r.body])).toEqual([
      ['c1-reply-1', 'a'],
      ['r1', ''],
    ])
  })

  it('runs when an article file is read, which also accepts files without comments', () => {
    const file = {
      schema: 1,
      meta: { id: 'abc123', title: 'T', slug: 't', createdAt: 'x', updatedAt: 'x' },
      doc: { type: 'doc', content: [] },
      history: [],
    }
    expect(ArticleFileSchema.parse(file).comments).toEqual([])
    expect(
      ArticleFileSchema.parse({ ...file, comments: [1, { body: 'b' }] }).comments,
    ).toHaveLength(1)
  })
})
