import type { DocNode } from '../article/Article'

export interface RenderOptions {
  /** Maps what the document stores (`asset:<sha256>.<ext>`, https) to a URL; null drops it. */
  imageUrl?: (src: string) => string | null
}

/** The article body as sanitized HTML. */
export function renderHtml(_doc: DocNode, _options: RenderOptions = {}): string {
  throw new Error('not implemented')
}

/** The article body as Markdown. */
export function renderMarkdown(_doc: DocNode, _options: RenderOptions = {}): string {
  throw new Error('not implemented')
}

/** A Markdown text as a document. */
export function parseMarkdown(_markdown: string): DocNode {
  throw new Error('not implemented')
}
