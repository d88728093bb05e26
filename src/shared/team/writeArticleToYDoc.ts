import type { Schema } from '@tiptap/pm/model'
import { prosemirrorJSONToYXmlFragment } from 'y-prosemirror'
import * as Y from 'yjs'
import type { ArticleFile } from '../article/Article'
import type { Comment } from '../article/Comment'
import { ARTICLE_DOC_ROOTS } from './ArticleDocRoot'

/** Meta fields that are not details: the id is the document's name, the status is review state. */
const NOT_DETAILS = new Set(['id', 'status'])

/** One comment as the Y.Map the `comments` root holds. */
export function commentToYMap(comment: Comment): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  const { replies, ...fields } = comment
  for (const [key, value] of Object.entries(fields)) map.set(key, value)
  const replyList = new Y.Array<unknown>()
  replyList.push(replies)
  map.set('replies', replyList)
  return map
}

/**
 * Writes a local article into an empty Y.Doc, once, when it moves into the team. Everything
 * goes in one transaction so the server and other members receive it as one update.
 */
export function writeArticleToYDoc(file: ArticleFile, doc: Y.Doc, schema: Schema): void {
  doc.transact(() => {
    const details = doc.getMap<unknown>(ARTICLE_DOC_ROOTS.details)
    for (const [key, value] of Object.entries(file.meta)) {
      if (!NOT_DETAILS.has(key)) details.set(key, value)
    }
    const review = doc.getMap<unknown>(ARTICLE_DOC_ROOTS.review)
    review.set('status', file.meta.status)
    if (file.approval) review.set('approval', file.approval)
    const comments = doc.getMap<Y.Map<unknown>>(ARTICLE_DOC_ROOTS.comments)
    for (const comment of file.comments) comments.set(comment.id, commentToYMap(comment))
    doc.getArray<unknown>(ARTICLE_DOC_ROOTS.timeline).push(file.history)
    const publications = doc.getMap<unknown>(ARTICLE_DOC_ROOTS.publications)
    for (const [siteId, record] of Object.entries(file.publications)) {
      publications.set(siteId, record)
    }
    prosemirrorJSONToYXmlFragment(schema, file.doc, doc.getXmlFragment(ARTICLE_DOC_ROOTS.body))
  })
}
