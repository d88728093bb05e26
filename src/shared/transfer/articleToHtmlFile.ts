import type { ArticleMeta, DocNode } from '../article/Article'
import { escapeHtml } from '../render/escapeHtml'
import { renderHtml } from '../render/html/renderHtml'

function metaTag(name: string, content: string): string {
  return content === '' ? '' : `<meta name="${name}" content="${escapeHtml(content)}">\n`
}

/**
 * An article as a standalone HTML file: the title, the details as `<meta>` tags (which the HTML
 * import reads back), and the body from the shared renderer. No script and no style.
 */
export function articleToHtmlFile(
  meta: ArticleMeta,
  doc: DocNode,
  imageUrl: (src: string) => string | null,
): string {
  const head = [
    '<meta charset="utf-8">\n',
    `<title>${escapeHtml(meta.title)}</title>\n`,
    metaTag('description', meta.excerpt),
    metaTag('author', meta.author),
    metaTag('slug', meta.slug),
    metaTag('category', meta.category),
    metaTag('keywords', meta.tags.join(', ')),
    metaTag('date', meta.publishDate ?? ''),
  ].join('')
  const body = renderHtml(doc, { imageUrl })
  return `<!doctype html>\n<html>\n<head>\n${head}</head>\n<body>\n<article>\n<h1>${escapeHtml(meta.title)}</h1>\n${body}\n</article>\n</body>\n</html>\n`
}
