import { t } from '@shared/i18n/i18n'
import { applyCommentAction, type CommentRefusal } from '@shared/article/applyCommentAction'
import type { Comment } from '@shared/article/Comment'
import type { CommentAction } from '@shared/article/CommentAction'
import type { IpcErrorCode } from '@shared/ipc/contract'
import { AppError } from '../errors/AppError'
import type { LibraryContext } from './LibraryContext'

/** An article's comments after a change; `notice` tells the person another version was met. */
export interface CommentsChange {
  comments: Comment[]
  notice?: string
}

const COMMENT_REFUSALS: Record<CommentRefusal, IpcErrorCode> = {
  not_found: 'not_found',
  duplicate: 'conflict',
  not_yours: 'forbidden',
}

/** Reviewers' comments on an article, kept in its article.json beside the document. */
export class ArticleComments {
  constructor(private readonly ctx: LibraryContext) {}

  async list(id: string): Promise<Comment[]> {
    return (await this.ctx.articles.load(id)).file.comments
  }

  /**
   * Applies one change to an article's comments, signed by `by` and dated now (or `at`, the
   * time an imported comment was written), and writes it at once (again on the newer version,
   * when another program wrote one meanwhile, which `notice` then says). The document and its
   * details are left as they are, so the list and search do not change.
   */
  async apply(id: string, action: CommentAction, by: string, at?: string): Promise<CommentsChange> {
    const { access, mutex, articles } = this.ctx
    access.check()
    return mutex.run(id, async () => {
      const when = at ?? this.ctx.now().toISOString()
      const updated = await articles.update(id, 'saveComment', ({ file: current }) => {
        const result = applyCommentAction(current.comments, action, { by, at: when })
        if (!result.ok) {
          throw new AppError(
            COMMENT_REFUSALS[result.refusal],
            t(`libraryMain.comments.${result.refusal}`),
          )
        }
        return result.changed ? { ...current, comments: result.comments } : null
      })
      const { comments } = updated.file
      const { otherVersion } = updated
      return otherVersion === null
        ? { comments }
        : { comments, notice: t(`commentNotice.${otherVersion}`) }
    })
  }
}
