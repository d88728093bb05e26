import { z } from 'zod'
import { COMMENT_BODY_MAX, COMMENT_QUOTE_MAX, CommentIdSchema } from '../article/Comment'

const BodySchema = z.string().trim().min(1).max(COMMENT_BODY_MAX)

/** When the file says it was written (ISO); null when it does not say, then the import time counts. */
const CreatedAtSchema = z.iso.datetime().nullable().default(null)

/**
 * A review comment that came with an imported file (a Word comment), anchored in the imported
 * document by a `comment` mark with its id. Who wrote it travels with it; the library stamps
 * the time it was written when the file gives it, else the time of the import.
 */
export const ImportedCommentSchema = z.object({
  id: CommentIdSchema,
  /** The words it is about, as they read in the file; empty when they were not found. */
  quote: z.string().max(COMMENT_QUOTE_MAX),
  body: BodySchema,
  author: z.string().max(200),
  createdAt: CreatedAtSchema,
  resolved: z.boolean(),
  replies: z
    .array(
      z.object({
        id: CommentIdSchema,
        body: BodySchema,
        author: z.string().max(200),
        createdAt: CreatedAtSchema,
      }),
    )
    .max(1000),
})
export type ImportedComment = z.infer<typeof ImportedCommentSchema>
