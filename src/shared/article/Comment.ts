import { z } from 'zod'

/** Comment and reply ids: made by the app, safe in a CSS attribute selector and a mark attr. */
export const CommentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid comment id')

/** Longest comment or reply body kept. */
export const COMMENT_BODY_MAX = 10_000
/** Longest quote kept (the passage as it read when the comment was made). */
export const COMMENT_QUOTE_MAX = 2000

export const CommentReplySchema = z.object({
  id: CommentIdSchema,
  body: z.string().max(COMMENT_BODY_MAX),
  author: z.string().max(200),
  createdAt: z.string().max(40),
})
export type CommentReply = z.infer<typeof CommentReplySchema>

/**
 * A comment on a passage. The passage is marked in the document by a `comment` mark whose
 * `commentId` is this id; `quote` keeps its text for when that passage is deleted.
 */
export const CommentSchema = z.object({
  id: CommentIdSchema,
  quote: z.string().max(COMMENT_QUOTE_MAX),
  body: z.string().max(COMMENT_BODY_MAX),
  author: z.string().max(200),
  createdAt: z.string().max(40),
  resolved: z.boolean(),
  resolvedBy: z.string().max(200).nullable(),
  resolvedAt: z.string().max(40).nullable(),
  replies: z.array(CommentReplySchema).max(1000),
})
export type Comment = z.infer<typeof CommentSchema>
