import type { ArticleMeta } from './Article'

/**
 * The details a site shows, one per line ("Title: …"), as a diff of two versions reads them
 * above the text: the changes since publishing and the changes since approval.
 */
export function readableDetails(meta: ArticleMeta): string {
  return [
    `Title: ${meta.title}`,
    `Slug: ${meta.slug}`,
    `Excerpt: ${meta.excerpt}`,
    `Category: ${meta.category}`,
    `Tags: ${meta.tags.join(', ')}`,
    `Author: ${meta.author}`,
    `Featured image alt: ${meta.featuredImage?.alt ?? ''}`,
  ].join('\n')
}
