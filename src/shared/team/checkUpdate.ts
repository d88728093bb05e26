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
    return 'A reviewer can comment on the text but not change it.'
  }
  if (change.kind === 'delete') return null
  if (content.type === 'element' && !schema.nodes[content.name]) {
    return `The article has no "${content.name}" blocks.`
  }
  if (content.type === 'format' && !schema.marks[markNameOfFormat(content.key)]) {
    return `The article has no "${markNameOfFormat(content.key)}" formatting.`
  }
  if (content.type === 'shared' && content.kind !== 'text') return 'The body holds only text.'
  return null
}

function reviewProblem(change: UpdateChange, role: TeamRole): string | null {
  if (change.kind !== 'insert' || change.key !== 'status' || !change.direct) return null
  const values = change.content.type === 'value' ? change.content.values : [null]
  for (const value of values) {
    if (!ArticleStatusSchema.safeParse(value).success) return 'That is not a review status.'
    if (value === 'published' && !canPublish(role)) {
      return 'Only publishers and admins can mark an article published.'
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
      return canEditArticle(role) ? null : 'A reviewer cannot change the article details.'
    case ARTICLE_DOC_ROOTS.publications:
      return canPublish(role) ? null : 'Only publishers and admins can record a publish.'
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
    if (change.content.type === 'other') return 'The update carries content an article cannot hold.'
    if (change.root === null) {
      if (canEditArticle(role)) continue
      return 'The update builds on changes the server does not have; reconnect to resend them.'
    }
    if (!isArticleDocRoot(change.root)) return `An article has no part called "${change.root}".`
    const problem = rootProblem(change, change.root, role, schema)
    if (problem) return problem
  }
  return null
}
