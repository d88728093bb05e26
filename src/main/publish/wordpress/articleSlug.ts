import type { Article } from '@shared/article/Article'
import { slugify } from '@shared/article/slugify'
import { unicodeSlug } from '@shared/article/unicodeSlug'

/**
 * The post slug: the article's own, else one made from its title. WordPress accepts Unicode
 * addresses, so a Japanese title keeps its kanji rather than a made-up tag.
 */
export function articleSlug(article: Article): string {
  return unicodeSlug(article.meta) ?? slugify(article.meta.slug.trim() || article.meta.title)
}
