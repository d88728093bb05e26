import type { DocNode } from '../../article/Article'
import { nodeDefinition } from '../../editor/documentNodes'
import type { HtmlWriter } from '../../editor/NodeDefinition'
import { escapeHtml } from '../escapeHtml'
import { childrenOf } from '../nodeAttrs'
import { plainText } from '../plainText'
import { imageUrlResolver, type RenderOptions } from '../RenderOptions'
import { MAX_DEPTH } from '../maxDepth'
import { renderInlineHtml } from './renderInlineHtml'

/** Text of a node the renderer does not know (or nested too deep), as an escaped paragraph. */
function textParagraph(node: DocNode): string {
  const text = plainText(node).trim()
  return text === '' ? '' : `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>`
}

/** The writer a node's `toHtml` gets at `depth`: its children render one level deeper. */
function writerAt(imageUrl: (src: string) => string | null, depth: number): HtmlWriter {
  return {
    blocks: (nodes) => {
      const inner = writerAt(imageUrl, depth + 1)
      return nodes.map((node) => renderBlock(node, inner, depth + 1)).join('')
    },
    inline: renderInlineHtml,
    text: plainText,
    imageUrl,
  }
}

function renderBlock(node: DocNode, html: HtmlWriter, depth: number): string {
  const toHtml = nodeDefinition(node.type)?.toHtml
  if (depth > MAX_DEPTH || toHtml === undefined) return textParagraph(node)
  return toHtml(node, html)
}

/**
 * The article body as an HTML fragment, safe by construction: only known node and mark types
 * become elements (each as its definition under `src/shared/editor` writes it), every text and
 * attribute is escaped, links keep only http(s), mailto and relative targets, and images only
 * URLs that `options.imageUrl` allows. Unknown nodes show their text; unknown marks (review
 * comments among them) are left out. Top-level blocks are separated by a newline, nothing else
 * is added, so the same document gives the same string.
 *
 * Timing (Node 20, 2 shared cores): a 5,000-word article (112 blocks, marks, links, lists)
 * renders in about 3 ms; renderMarkdown takes about 3.5 ms and parseMarkdown 3 ms.
 */
export function renderHtml(doc: DocNode, options: RenderOptions = {}): string {
  const html = writerAt(imageUrlResolver(options), 0)
  const blocks = doc.type === 'doc' ? childrenOf(doc) : [doc]
  return blocks
    .map((node) => renderBlock(node, html, 0))
    .filter((out) => out !== '')
    .join('\n')
}
