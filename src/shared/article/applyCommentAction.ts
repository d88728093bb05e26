import type { Comment } from './Comment'
import type { CommentAction } from './CommentAction'

/** Why a comment change was refused. */
export type CommentRefusal = 'not_found' | 'duplicate' | 'not_yours'

/** The comments after a change, or why it was refused. */
export type CommentActionResult =
  { ok: true; comments: Comment[]; changed: boolean } | { ok: false; refusal: CommentRefusal }

/** Who makes the change and when (ISO time). */
export interface CommentActor {
  by: string
  at: string
}

function update(
  comments: readonly Comment[],
  id: string,
  change: (comment: Comment) => Comment,
): CommentActionResult {
  const index = comments.findIndex((c) => c.id === id)
  const current = comments[index]
  if (!current) return { ok: false, refusal: 'not_found' }
  const next = change(current)
  if (next === current) return { ok: true, comments: [...comments], changed: false }
  return { ok: true, comments: comments.with(index, next), changed: true }
}

/**
 * Applies one change to a list of comments. Pure. Resolving a resolved comment (or reopening an
 * open one) changes nothing; only the author may delete a comment, and a comment with no
 * recorded author may be deleted by anyone.
 */
export function applyCommentAction(
  comments: readonly Comment[],
  action: CommentAction,
  { by, at }: CommentActor,
): CommentActionResult {
  switch (action.type) {
    case 'add': {
      if (comments.some((c) => c.id === action.id)) return { ok: false, refusal: 'duplicate' }
      const comment: Comment = {
        id: action.id,
        quote: action.quote,
        body: action.body,
        author: by,
        createdAt: at,
        resolved: false,
        resolvedBy: null,
        resolvedAt: null,
        replies: [],
      }
      return { ok: true, comments: [...comments, comment], changed: true }
    }
    case 'reply':
      if (comments.some((c) => c.replies.some((r) => r.id === action.id))) {
        return { ok: false, refusal: 'duplicate' }
      }
      return update(comments, action.commentId, (c) => ({
        ...c,
        replies: [...c.replies, { id: action.id, body: action.body, author: by, createdAt: at }],
      }))
    case 'resolve':
      return update(comments, action.commentId, (c) =>
        c.resolved ? c : { ...c, resolved: true, resolvedBy: by, resolvedAt: at },
      )
    case 'reopen':
      return update(comments, action.commentId, (c) =>
        c.resolved ? { ...c, resolved: false, resolvedBy: null, resolvedAt: null } : c,
      )
    case 'delete': {
      const comment = comments.find((c) => c.id === action.commentId)
      if (!comment) return { ok: false, refusal: 'not_found' }
      if (comment.author !== '' && comment.author !== by) return { ok: false, refusal: 'not_yours' }
      return { ok: true, comments: comments.filter((c) => c !== comment), changed: true }
    }
  }
}
