import { t } from '../i18n/i18n'
import type { Schema } from '@tiptap/pm/model'
import { ArticleStatusSchema } from '../article/ArticleStatus'
import { ARTICLE_DOC_ROOTS, isArticleDocRoot } from './ArticleDocRoot'
import type { UpdateChange } from './inspectUpdate'
import { markNameOfFormat } from './markNameOfFormat'
import { canEditArticle, canPublish, type TeamRole } from './TeamRole'

/** The mark a reviewer may add to or remove from the body: a comment's anchor. */
const COMMENT_MARK = 'comment'

function isCommentAnchor(change: UpdateChange): boolean {
  return change.content.type === 'format' && markNameOfFormat(change.content.key) === COMMENT_MARK
}

function bodyProblem(change: UpdateChange, role: TeamRole, schema: Schema): string | null {
  const { content } = change
  if (!canEditArticle(role) && !isCommentAnchor(change)) {
    return t('teamShared.reviewerCannotEditBody')
  }
  if (change.kind === 'delete') return null
  if (content.type === 'element' && !schema.nodes[content.name]) {
    return t('teamShared.noSuchBlocks', { name: content.name })
  }
  if (content.type === 'format' && !schema.marks[markNameOfFormat(content.key)]) {
    return t('teamShared.noSuchFormatting', { name: markNameOfFormat(content.key) })
  }
  if (content.type === 'shared' && content.kind !== 'text') return t('teamShared.bodyOnlyText')
  return null
}

function reviewProblem(change: UpdateChange, role: TeamRole): string | null {
  if (change.kind !== 'insert' || change.key !== 'status' || !change.direct) return null
  const values = change.content.type === 'value' ? change.content.values : [null]
  for (const value of values) {
    if (!ArticleStatusSchema.safeParse(value).success) return t('teamShared.notAReviewStatus')
    if (value === 'published' && !canPublish(role)) {
      return t('teamShared.onlyPublishersMarkPublished')
    }
  }
  return null
}

function rootProblem(
  change: UpdateChange,
  root: string,
  role: TeamRole,
  schema: Schema,
): string | null {
  switch (root) {
    case ARTICLE_DOC_ROOTS.body:
      return bodyProblem(change, role, schema)
    case ARTICLE_DOC_ROOTS.details:
      return canEditArticle(role) ? null : t('teamShared.reviewerCannotEditDetails')
    case ARTICLE_DOC_ROOTS.publications:
      return canPublish(role) ? null : t('teamShared.onlyPublishersRecord')
    case ARTICLE_DOC_ROOTS.review:
      return reviewProblem(change, role)
    default:
      return null
  }
}

/**
 * Why a member with `role` may not make these changes, or null when they may. The rules:
 * reviewers comment, reply, resolve and move the review status, and may add or remove the
 * comment marks in the body, nothing else there; writers edit everything but the publish gate
 * (the `publications` part and the status "published"), which belongs to publishers and
 * admins. Every role is held to the editor's schema: unknown parts, node types and marks, and
 * embedded documents or binaries are refused.
 */
export function checkUpdate(
  changes: readonly UpdateChange[],
  role: TeamRole,
  schema: Schema,
): string | null {
  for (const change of changes) {
    if (change.content.type === 'other') return t('teamShared.foreignContent')
    if (change.root === null) {
      if (canEditArticle(role)) continue
      return t('teamShared.missingBase')
    }
    if (!isArticleDocRoot(change.root)) return t('teamShared.noSuchPart', { part: change.root })
    const problem = rootProblem(change, change.root, role, schema)
    if (problem) return problem
  }
  return null
}
