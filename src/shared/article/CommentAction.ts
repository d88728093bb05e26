import { z } from 'zod'
import { t } from '../i18n/i18n'
import { COMMENT_BODY_MAX, COMMENT_QUOTE_MAX, CommentIdSchema } from './Comment'

const BodySchema = z
  .string()
  .trim()
  .min(1, { error: () => t('libraryMain.comments.empty') })
  .max(COMMENT_BODY_MAX)

/** One change to an article's comments; who and when are stamped by the library. */
export const CommentActionSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('add'),
    id: CommentIdSchema,
    quote: z.string().max(COMMENT_QUOTE_MAX),
    body: BodySchema,
  }),
  z.object({
    type: z.literal('reply'),
    commentId: CommentIdSchema,
    id: CommentIdSchema,
    body: BodySchema,
  }),
  z.object({ type: z.literal('resolve'), commentId: CommentIdSchema }),
  z.object({ type: z.literal('reopen'), commentId: CommentIdSchema }),
  z.object({ type: z.literal('delete'), commentId: CommentIdSchema }),
])
export type CommentAction = z.infer<typeof CommentActionSchema>
