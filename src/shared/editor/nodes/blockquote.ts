import { childrenOf } from '../../render/nodeAttrs'
import type { NodeDefinition } from '../NodeDefinition'
import * as build from '../../render/testing/docBuilders'

/** A quotation of one or more blocks. */
export const blockquote: NodeDefinition<'blockquote'> = {
  name: 'blockquote',
  schema: { content: 'block+', group: 'block', defining: true },
  toHtml: (node, html) => `<blockquote>${html.blocks(childrenOf(node))}</blockquote>`,
  toMarkdown: (node, md) => {
    const inner = md.blocks(childrenOf(node), '\n\n')
    if (inner === '') return ''
    return inner
      .split('\n')
      .map((l) => (l === '' ? '>' : `> ${l}`))
      .join('\n')
  },
  fromMarkdown: {
    blockquote_open: (_token, state) => state.open({ type: 'blockquote', content: [] }),
    blockquote_close: (_token, state) => state.close(),
  },
  example: {
    doc: build.doc(build.quote(build.p(build.text('Q')))),
    html: '<blockquote><p>Q</p></blockquote>',
    markdown: '> Q\n',
  },
}
