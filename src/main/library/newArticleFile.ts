import {
  ARTICLE_SCHEMA_VERSION,
  ArticleMetaSchema,
  type ArticleFile,
} from '@shared/article/Article'
import { slugify } from '@shared/article/slugify'

/** A fresh draft: the given title, one empty paragraph, no history. */
export function newArticleFile(id: string, title: string, now: Date): ArticleFile {
  const at = now.toISOString()
  return {
    schema: ARTICLE_SCHEMA_VERSION,
    meta: ArticleMetaSchema.parse({
      id,
      title,
      slug: slugify(title),
      createdAt: at,
      updatedAt: at,
    }),
    doc: { type: 'doc', content: [{ type: 'paragraph' }] },
    comments: [],
    history: [],
    publications: {},
  }
}
