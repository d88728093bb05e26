import type { DocNode } from '@shared/article/Article'
import { renderHtml, renderMarkdown, type RenderOptions } from '@shared/render'

/** The document → HTML / Markdown renderer that preview and publishing share. */
export interface DocRenderer {
  html(doc: DocNode, options: RenderOptions): string
  markdown(doc: DocNode, options: RenderOptions): string
}

export const sharedRenderer: DocRenderer = {
  html: (doc, options) => renderHtml(doc, options),
  markdown: (doc, options) => renderMarkdown(doc, options),
}
