/**
 * The top-level parts of a team article's Y.Doc. One article is one Y.Doc; each part is a
 * root type so that everything merges offline and the server can tell which part an update
 * touches (and so whether the sender's role may touch it).
 */
export const ARTICLE_DOC_ROOTS = {
  /** Y.XmlFragment: the ProseMirror body, as TipTap Collaboration binds it. */
  body: 'body',
  /** Y.Map: title, slug, category, tags… (everything of the meta but the review status). */
  details: 'details',
  /** Y.Map: `status`, the review state, and `approval`, what was approved (see Approval). */
  review: 'review',
  /** Y.Map of comment id → Y.Map (fields, and `replies` as a Y.Array of plain replies). */
  comments: 'comments',
  /** Y.Array of status changes, oldest first. */
  timeline: 'timeline',
  /** Y.Map of site id → publication record. Only publishers and admins write it. */
  publications: 'publications',
} as const

/** One root part of an article's Y.Doc. */
export type ArticleDocRoot = (typeof ARTICLE_DOC_ROOTS)[keyof typeof ARTICLE_DOC_ROOTS]

const ROOT_NAMES = new Set<string>(Object.values(ARTICLE_DOC_ROOTS))

/** True for the name of a root part an article may have. */
export function isArticleDocRoot(name: string): name is ArticleDocRoot {
  return ROOT_NAMES.has(name)
}
