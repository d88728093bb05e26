import type { Schema } from '@tiptap/pm/model'
import type * as Y from 'yjs'
import type { ArticleFile } from '@shared/article/Article'
import type { PublicationRecord } from '@shared/publish/Publish'
import { ARTICLE_DOC_ROOTS } from '@shared/team/ArticleDocRoot'
import { readArticleFromYDoc } from '@shared/team/readArticleFromYDoc'
import { withPublishedStatus } from '../library/withPublishedStatus'

/**
 * Keeps what a publish or unpublish left on a site in a team article's Y.Doc, so every member
 * sees where it is live; the status follows as for a local article (published while some site
 * has it live), with the change in the timeline. Only publishers and admins may write this part:
 * the server refuses it from anyone else. Answers the article as recorded, for its publish revision.
 */
export function recordTeamPublication(
  doc: Y.Doc,
  id: string,
  record: PublicationRecord,
  by: string,
  now: Date,
  schema: Schema,
): ArticleFile {
  const current = readArticleFromYDoc(doc, id, schema, now.toISOString())
  const publications = { ...current.publications, [record.siteId]: record }
  const file = withPublishedStatus({ ...current, publications }, by, now)
  doc.transact(() => {
    doc.getMap<unknown>(ARTICLE_DOC_ROOTS.publications).set(record.siteId, record)
    if (file.meta.status !== current.meta.status) {
      doc.getMap<unknown>(ARTICLE_DOC_ROOTS.review).set('status', file.meta.status)
      doc
        .getArray<unknown>(ARTICLE_DOC_ROOTS.timeline)
        .push(file.history.slice(current.history.length))
    }
  })
  return file
}
