import { stringify as stringifyYaml } from 'yaml'
import type { ArticleMeta, DocNode } from '../article/Article'
import { renderMarkdown } from '../render/markdown/renderMarkdown'

/**
 * The details an exported file carries, under the keys metaFromFrontMatter reads back, so an
 * export imports again as the same article. Empty fields are left out.
 */
export function exportedFrontMatter(
  meta: ArticleMeta,
  imageUrl: (src: string) => string | null = () => null,
): Record<string, unknown> {
  const data: Record<string, unknown> = { title: meta.title }
  if (meta.slug) data.slug = meta.slug
  if (meta.publishDate) data.date = meta.publishDate
  if (meta.category) data.category = meta.category
  if (meta.tags.length > 0) data.tags = meta.tags
  if (meta.excerpt) data.excerpt = meta.excerpt
  if (meta.author) data.author = meta.author
  const image = meta.featuredImage ? imageUrl(meta.featuredImage.src) : null
  if (image) data.image = image
  if (image && meta.featuredImage?.alt) data.image_alt = meta.featuredImage.alt
  return data
}

/**
 * An article as a Markdown file: YAML front matter (title, slug, date, category, tags,
 * excerpt, author, featured image), then the body from the shared renderer. `imageUrl` says where each image
 * was written (e.g. `images/<name>`).
 */
export function articleToMarkdownFile(
  meta: ArticleMeta,
  doc: DocNode,
  imageUrl: (src: string) => string | null,
): string {
  const front = stringifyYaml(exportedFrontMatter(meta, imageUrl), { lineWidth: 0 })
  const body = renderMarkdown(doc, { imageUrl }).trim()
  return `---\n${front}---\n\n${body}\n`
}
