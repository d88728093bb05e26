import { z } from 'zod'
import { channel } from '../channel'
import { ArticleIdSchema } from '../../article/Article'
import { CommentSchema } from '../../article/Comment'
import { CommentActionSchema } from '../../article/CommentAction'

/**
 * An article's comments, and the name this person's comments are signed with. After a change,
 * `notice` tells the person when another program's version of the article was met.
 */
export const CommentsViewSchema = z.object({
  comments: z.array(CommentSchema),
  userName: z.string(),
  notice: z.string().optional(),
})
export type CommentsView = z.infer<typeof CommentsViewSchema>

export const CommentApplySchema = z.object({
  articleId: ArticleIdSchema,
  action: CommentActionSchema,
})
export type CommentApply = z.infer<typeof CommentApplySchema>

/** Review comments. Each change is written to the article at once, signed and timed by main. */
export const commentsChannels = {
  list: channel(z.object({ articleId: ArticleIdSchema }), CommentsViewSchema),
  apply: channel(CommentApplySchema, CommentsViewSchema),
}
