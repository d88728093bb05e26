import type { Schema } from '@tiptap/pm/model'
import * as Y from 'yjs'
import {
  ARTICLE_SCHEMA_VERSION,
  ApprovalSchema,
  ArticleMetaSchema,
  PublicationsSchema,
  StatusChangeSchema,
  type ArticleFile,
  type ArticleId,
  type StatusChange,
} from '../article/Article'
import { CommentSchema, type Comment } from '../article/Comment'
import { ARTICLE_DOC_ROOTS } from './ArticleDocRoot'
import { docJsonFromFragment } from './docJsonFromFragment'

const META_FIELDS = ArticleMetaSchema.shape

/** Keeps each detail that validates on its own, so one bad field never hides the article. */
function metaFrom(id: ArticleId, details: Y.Map<unknown>, status: unknown, now: string) {
  const raw: Record<string, unknown> = { title: '', slug: '', createdAt: now, updatedAt: now }
  for (const [key, value] of details.entries()) {
    const field = META_FIELDS[key as keyof typeof META_FIELDS]
    if (field && key !== 'id' && key !== 'status' && field.safeParse(value).success)
      raw[key] = value
  }
  if (META_FIELDS.status.safeParse(status).success) raw.status = status
  return ArticleMetaSchema.parse({ ...raw, id })
}

/** The comments a team article's `comments` root holds, oldest first; damaged ones left out. */
export function commentsFromYMap(map: Y.Map<unknown>): Comment[] {
  const comments: Comment[] = []
  for (const [id, value] of map.entries()) {
    if (!(value instanceof Y.Map)) continue
    const fields = value.toJSON() as Record<string, unknown>
    const parsed = CommentSchema.safeParse({ ...fields, id })
    if (parsed.success) comments.push(parsed.data)
  }
  return comments.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

function timelineFrom(list: Y.Array<unknown>): StatusChange[] {
  return list.toArray().flatMap((entry) => {
    const parsed = StatusChangeSchema.safeParse(entry)
    return parsed.success ? [parsed.data] : []
  })
}

function publicationsFrom(map: Y.Map<unknown>): ArticleFile['publications'] {
  const parsed = PublicationsSchema.safeParse(map.toJSON())
  if (parsed.success) return parsed.data
  const kept: ArticleFile['publications'] = {}
  for (const [siteId, record] of map.entries()) {
    const one = PublicationsSchema.safeParse({ [siteId]: record })
    if (one.success) Object.assign(kept, one.data)
  }
  return kept
}

/** A team article's details, status, timeline and publications: everything but the text. */
export function readDetailsFromYDoc(
  doc: Y.Doc,
  id: ArticleId,
  now = new Date().toISOString(),
): Pick<ArticleFile, 'meta' | 'history' | 'publications'> {
  const status = doc.getMap<unknown>(ARTICLE_DOC_ROOTS.review).get('status')
  return {
    meta: metaFrom(id, doc.getMap<unknown>(ARTICLE_DOC_ROOTS.details), status, now),
    history: timelineFrom(doc.getArray<unknown>(ARTICLE_DOC_ROOTS.timeline)),
    publications: publicationsFrom(doc.getMap<unknown>(ARTICLE_DOC_ROOTS.publications)),
  }
}

/**
 * The article.json the rest of the app reads (preview, search, publishing), derived from a
 * team article's Y.Doc with the editor's own schema and without a DOM. It never changes the
 * Y.Doc; parts that do not validate are left out one by one rather than failing the article.
 */
export function readArticleFromYDoc(
  doc: Y.Doc,
  id: ArticleId,
  schema: Schema,
  now = new Date().toISOString(),
): ArticleFile {
  const { meta, history, publications } = readDetailsFromYDoc(doc, id, now)
  const approval = ApprovalSchema.safeParse(
    doc.getMap<unknown>(ARTICLE_DOC_ROOTS.review).get('approval'),
  )
  return {
    schema: ARTICLE_SCHEMA_VERSION,
    meta,
    doc: docJsonFromFragment(doc.getXmlFragment(ARTICLE_DOC_ROOTS.body), schema),
    comments: commentsFromYMap(doc.getMap<unknown>(ARTICLE_DOC_ROOTS.comments)),
    history,
    publications,
    team: true,
    ...(approval.success ? { approval: approval.data } : {}),
  }
}
