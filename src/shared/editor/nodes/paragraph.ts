import type { DocNode } from '../../article/Article'
import { directionAttr } from '../../render/directionAttr'
import { childrenOf } from '../../render/nodeAttrs'
import type { NodeDefinition } from '../NodeDefinition'
import * as build from '../../render/testing/docBuilders'

/** A paragraph; an empty one has no content, as the editor writes it. */
export function paragraphNode(content: DocNode[] = []): DocNode {
  return content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content }
}

/** A paragraph: `<p>` in HTML, a block of text in Markdown. */
export const paragraph: NodeDefinition<'paragraph'> = {
  name: 'paragraph',
  schema: { content: 'inline*', group: 'block' },
  toHtml: (node, html) => `<p${directionAttr(node)}>${html.inline(childrenOf(node))}</p>`,
  toMarkdown: (node, md) => md.inline(childrenOf(node), 'paragraph'),
  toMarkdownCell: (node, md) => [md.inline(childrenOf(node), 'cell')],
  fromMarkdown: {
    paragraph_open: (_token, state) => state.append(...state.inlineBlocks(state.takeInline())),
  },
  example: { doc: build.doc(build.p(build.text('Hi'))), html: '<p>Hi</p>', markdown: 'Hi\n' },
}
