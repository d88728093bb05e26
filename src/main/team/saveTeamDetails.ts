import { t } from '@shared/i18n/i18n'
import type { Schema } from '@tiptap/pm/model'
import type * as Y from 'yjs'
import type { SaveInput, SaveResult } from '@shared/ipc/contract'
import { ARTICLE_DOC_ROOTS } from '@shared/team/ArticleDocRoot'
import { readArticleFromYDoc } from '@shared/team/readArticleFromYDoc'
import { canEditArticle, type TeamRole } from '@shared/team/TeamRole'
import { AppError } from '../errors/AppError'
import { applySavePatch } from '../library/applySavePatch'
import { summarizeArticle } from '../library/summarizeArticle'

/** Meta fields that are not details (see writeArticleToYDoc). */
const NOT_DETAILS = new Set(['id', 'status'])

/**
 * A save of a team article's details (title, slug, category, tags…) and review status, applied
 * to its Y.Doc with the same rules as a local save (slug follows the title, tidied tags, a status
 * change recorded in the timeline, an approval fingerprinted). The body is not taken from the save: the editor edits it in
 * the Y.Doc itself.
 */
export function saveTeamDetails(
  doc: Y.Doc,
  input: SaveInput,
  by: string,
  now: Date,
  schema: Schema,
  role: TeamRole,
): SaveResult {
  const current = readArticleFromYDoc(doc, input.id, schema, now.toISOString())
  const { file, changed, statusChange } = applySavePatch(current, { meta: input.meta }, by, now)
  const detailsChanged = Object.keys(input.meta ?? {}).some(
    (key) => !NOT_DETAILS.has(key) && key in current.meta,
  )
  if (detailsChanged && !canEditArticle(role)) {
    throw new AppError('forbidden', t('teamShared.reviewerCannotEditDetails'))
  }
  if (changed) {
    doc.transact(() => {
      // A reviewer's save is a review: the server refuses any change to the details from them.
      const details = doc.getMap<unknown>(ARTICLE_DOC_ROOTS.details)
      for (const [key, value] of Object.entries(file.meta)) {
        if (NOT_DETAILS.has(key) || !canEditArticle(role)) continue
        if (JSON.stringify(details.get(key)) !== JSON.stringify(value)) details.set(key, value)
      }
      if (statusChange) {
        const review = doc.getMap<unknown>(ARTICLE_DOC_ROOTS.review)
        review.set('status', file.meta.status)
        // What was approved, so everyone's copy can tell an edit made after the approval.
        if (file.approval) review.set('approval', file.approval)
        else if (review.has('approval')) review.delete('approval')
        doc.getArray<unknown>(ARTICLE_DOC_ROOTS.timeline).push([statusChange])
      }
    })
  }
  const { meta, history } = file
  return { meta, summary: summarizeArticle(file), version: 0, savedAt: meta.updatedAt, history }
}
