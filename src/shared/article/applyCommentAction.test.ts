import { describe, expect, it } from 'vitest'
import { applyCommentAction, type CommentActionResult } from './applyCommentAction'
import type { Comment } from './Comment'

const ana = { by: 'Ana', at: '2025-03-01T09:00:00.000Z' }
const ben = { by: 'Ben', at: '2025-03-01T10:00:00.000Z' }

function comments(result: CommentActionResult): Comment[] {
  if (!result.ok) throw new Error(`refused: ${result.refusal}`)
  return result.comments
}

const one = comments(
  applyCommentAction([], { type: 'add', id: 'c1', quote: 'berths', body: 'How many?' }, ana),
)

describe('applyCommentAction', () => {
  it('adds an open comment signed by its author', () => {
    expect(one).toEqual([
      {
        id: 'c1',
        quote: 'berths',
        body: 'How many?',
        author: 'Ana',
        createdAt: ana.at,
        resolved: false,
        resolvedBy: null,
        resolvedAt: null,
        replies: [],
      },
    ])
  })

  it('refuses a second comment with the same id', () => {
    const again = { type: 'add', id: 'c1', quote: '', body: 'x' } as const
    expect(applyCommentAction(one, again, ana)).toEqual({ ok: false, refusal: 'duplicate' })
  })

  it('appends replies in order', () => {
    let list = comments(
      applyCommentAction(one, { type: 'reply', commentId: 'c1', id: 'r1', body: 'Three' }, ben),
    )
    list = comments(
      applyCommentAction(list, { type: 'reply', commentId: 'c1', id: 'r2', body: 'Thanks' }, ana),
    )
    expect(list[0]?.replies.map((r) => `${r.author}: ${r.body}`)).toEqual([
      'Ben: Three',
      'Ana: Thanks',
    ])
  })

  it('resolves with who and when, and reopening clears them', () => {
    const resolved = comments(applyCommentAction(one, { type: 'resolve', commentId: 'c1' }, ben))
    expect(resolved[0]).toMatchObject({ resolved: true, resolvedBy: 'Ben', resolvedAt: ben.at })
    const reopened = comments(
      applyCommentAction(resolved, { type: 'reopen', commentId: 'c1' }, ana),
    )
    expect(reopened[0]).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null })
  })

  it('reports no change when resolving twice', () => {
    const resolved = comments(applyCommentAction(one, { type: 'resolve', commentId: 'c1' }, ben))
    const twice = applyCommentAction(resolved, { type: 'resolve', commentId: 'c1' }, ana)
    expect(twice).toMatchObject({ ok: true, changed: false })
    expect(comments(twice)[0]?.resolvedBy).toBe('Ben')
  })

  it('lets only the author delete', () => {
    expect(applyCommentAction(one, { type: 'delete', commentId: 'c1' }, ben)).toEqual({
      ok: false,
      refusal: 'not_yours',
    })
    expect(comments(applyCommentAction(one, { type: 'delete', commentId: 'c1' }, ana))).toEqual([])
  })

  it('refuses changes to a missing comment', () => {
    expect(applyCommentAction(one, { type: 'reopen', commentId: 'nope' }, ana)).toEqual({
      ok: false,
      refusal: 'not_found',
    })
  })

  it('never changes the list it was given', () => {
    const before = structuredClone(one)
    applyCommentAction(one, { type: 'resolve', commentId: 'c1' }, ben)
    expect(one).toEqual(before)
  })
})
