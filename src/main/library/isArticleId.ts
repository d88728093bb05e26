/** The pattern of ArticleIdSchema, for hot paths (listing thousands of folders at open). */
const ARTICLE_ID = /^[a-z0-9][a-z0-9-]{2,63}$/

/** True when `name` is shaped like an article id (and so is safe as a folder name). */
export function isArticleId(name: string): boolean {
  return ARTICLE_ID.test(name)
}
