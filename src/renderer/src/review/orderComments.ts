import type { Comment } from '@shared/article/Comment'
import type { CommentRange } from '../editor/comments/findCommentRanges'

/** A comment as the panel lists it. */
export interface PlacedComment {
  comment: Comment
  /** Its passage in the document, or null when that text was deleted (detached). */
  range: CommentRange | null
}

/**
 * Comments in the order their passages appear in the document; detached ones (no passage left)
 * follow, oldest first. Stable for comments that share a starting point.
 */
export function orderComments(
  comments: readonly Comment[],
  ranges: ReadonlyMap<string, CommentRange>,
): PlacedComment[] {
  const placed = comments.map((comment) => ({ comment, range: ranges.get(comment.id) ?? null }))
  const anchored = placed.filter((p) => p.range !== null)
  const detached = placed.filter((p) => p.range === null)
  anchored.sort((a, b) => (a.range?.from ?? 0) - (b.range?.from ?? 0))
  detached.sort((a, b) => a.comment.createdAt.localeCompare(b.comment.createdAt))
  return [...anchored, ...detached]
}
