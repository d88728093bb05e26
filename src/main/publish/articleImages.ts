import type { Article, DocNode } from '@shared/article/Article'

/** One image the article shows: what the document stores as `src`, and its alt text. */
export interface ArticleImage {
  src: string
  alt: string
  featured: boolean
}

function collect(node: DocNode, out: ArticleImage[]): void {
  if (node.type === 'image') {
    const src = typeof node.attrs?.src === 'string' ? node.attrs.src : ''
    const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt : ''
    if (src) out.push({ src, alt, featured: false })
  }
  for (const child of node.content ?? []) collect(child, out)
}

/** The featured image first (when set), then the body's images in document order. */
export function articleImages(article: Article): ArticleImage[] {
  const out: ArticleImage[] = []
  const featured = article.meta.featuredImage
  if (featured?.src) out.push({ src: featured.src, alt: featured.alt, featured: true })
  collect(article.doc, out)
  return out
}
