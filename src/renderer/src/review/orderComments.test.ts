import type { Comment } from '@shared/article/Comment'
import { describe, expect, it } from 'vitest'
import { orderComments } from './orderComments'

const comment = (id: string, createdAt: string): Comment => ({
  id,
  quote: id,
  body: `About ${id}`,
  author: 'Ana',
  createdAt,
  resolved: false,
  resolvedBy: null,
  resolvedAt: null,
  replies: [],
})

describe('orderComments', () => {
  it('lists anchored comments by position and detached ones last, oldest first', () => {
    const comments = [
      comment('late', '2025-03-01T09:03:00Z'),
      comment('gone-new', '2025-03-01T09:05:00Z'),
      comment('early', '2025-03-01T09:04:00Z'),
      comment('gone-old', '2025-03-01T09:01:00Z'),
    ]
    const ranges = new Map([
      ['late', { from: 40, to: 45 }],
      ['early', { from: 3, to: 9 }],
    ])
    const placed = orderComments(comments, ranges)
    expect(placed.map((p) => p.comment.id)).toEqual(['early', 'late', 'gone-old', 'gone-new'])
    expect(placed.map((p) => p.range === null)).toEqual([false, false, true, true])
  })

  it('ignores passages of comments it does not know', () => {
    const placed = orderComments([comment('a', '')], new Map([['stray', { from: 1, to: 2 }]]))
    expect(placed).toEqual([{ comment: comment('a', ''), range: null }])
  })
})
