import type { Article } from '@shared/article/Article'
import { slugify } from '@shared/article/slugify'

/** The post slug: the article's own, else one made from its title. */
export function articleSlug(article: Article): string {
  return slugify(article.meta.slug.trim() || article.meta.title)
}
