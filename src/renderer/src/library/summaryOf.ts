import type { Article, ArticleSummary } from '@shared/article/Article'
import { changedSinceApproval, changedSincePublish } from '@shared/publish/articleSourceHash'

/** A list row for an article just created or copied, until the library's own row arrives. */
export function summaryOf(article: Article): ArticleSummary {
  const { meta } = article
  return {
    id: meta.id,
    title: meta.title,
    slug: meta.slug,
    status: meta.status,
    category: meta.category,
    tags: meta.tags,
    updatedAt: meta.updatedAt,
    firstLine: '',
    wordCount: 0,
    changedSincePublish: changedSincePublish(article.publications ?? {}, meta, article.doc),
    changedSinceApproval: changedSinceApproval(article.approval, meta, article.doc),
  }
}
