import { t } from '@shared/i18n/i18n'
import type * as Y from 'yjs'
import { applyCommentAction } from '@shared/article/applyCommentAction'
import type { Comment } from '@shared/article/Comment'
import type { CommentAction } from '@shared/article/CommentAction'
import { ARTICLE_DOC_ROOTS } from '@shared/team/ArticleDocRoot'
import { commentsFromYMap } from '@shared/team/readArticleFromYDoc'
import { commentToYMap } from '@shared/team/writeArticleToYDoc'
import { AppError } from '../errors/AppError'

const REFUSALS = {
  not_found: 'teamShared.commentGone',
  duplicate: 'teamShared.commentDuplicate',
  not_yours: 'teamShared.commentNotYours',
} as const

/**
 * One change to a team article's comments (add, reply, resolve, delete…), applied to its Y.Doc
 * with the same rules as a local article's: only the comments that changed are rewritten, so
 * two people commenting on different passages never overwrite each other.
 */
export function applyTeamComment(
  doc: Y.Doc,
  action: CommentAction,
  by: string,
  now: Date,
): Comment[] {
  const map = doc.getMap<unknown>(ARTICLE_DOC_ROOTS.comments)
  const current = commentsFromYMap(map)
  const result = applyCommentAction(current, action, { by, at: now.toISOString() })
  if (!result.ok) throw new AppError('conflict', t(REFUSALS[result.refusal]))
  if (!result.changed) return result.comments
  const before = new Map(current.map((comment) => [comment.id, JSON.stringify(comment)]))
  const after = new Set(result.comments.map((comment) => comment.id))
  doc.transact(() => {
    for (const comment of result.comments) {
      if (before.get(comment.id) !== JSON.stringify(comment)) {
        map.set(comment.id, commentToYMap(comment))
      }
    }
    for (const id of before.keys()) if (!after.has(id)) map.delete(id)
  })
  return result.comments
}
