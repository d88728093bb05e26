import type { DocNode } from '../../article/Article'
import { directionAttr } from '../../render/directionAttr'
import { attrInt, childrenOf } from '../../render/nodeAttrs'
import type { NodeDefinition } from '../NodeDefinition'
import * as build from '../../render/testing/docBuilders'

/** The level a heading is written with: H2–H4, since the article title is the page's H1. */
function levelOf(node: DocNode): number {
  return attrInt(node, 'level', 2, 4) ?? 2
}

/** A section heading, H2 to H4. */
export const heading: NodeDefinition<'heading'> = {
  name: 'heading',
  schema: { content: 'inline*', group: 'block', defining: true, attrs: { level: { default: 1 } } },
  toHtml: (node, html) => {
    const level = levelOf(node)
    return `<h${level}${directionAttr(node)}>${html.inline(childrenOf(node))}</h${level}>`
  },
  toMarkdown: (node, md) => {
    const text = md.inline(childrenOf(node), 'heading').trim()
    return text === '' ? '' : `${'#'.repeat(levelOf(node))} ${text}`
  },
  toMarkdownCell: (node, md) => [md.inline(childrenOf(node), 'cell')],
  fromMarkdown: {
    heading_open: (token, state) => {
      const level = Math.min(4, Math.max(2, Number(token.tag.slice(1))))
      // Headings hold text only: an image in one keeps its alt text.
      const content = state
        .takeInline()
        .flatMap((n): DocNode[] =>
          n.type === 'image' ? [{ type: 'text', text: String(n.attrs?.alt ?? '') }] : [n],
        )
      state.append({ type: 'heading', attrs: { level }, content })
    },
  },
  example: { doc: build.doc(build.h(2, build.text('T'))), html: '<h2>T</h2>', markdown: '## T\n' },
}
