import type { DocNode } from '../../article/Article'
import { childrenOf } from '../../render/nodeAttrs'
import type { NodeDefinition, HtmlWriter } from '../NodeDefinition'
import * as build from '../../render/testing/docBuilders'

/** The items of a list as `<li>` elements; a child that is not an item counts as one. */
export function listItemsHtml(list: DocNode, html: HtmlWriter): string {
  return childrenOf(list)
    .map((item) => {
      const blocks = item.type === 'listItem' ? childrenOf(item) : [item]
      return `<li>${html.blocks(blocks)}</li>`
    })
    .join('')
}

/** One item of a bullet or numbered list: a paragraph, then any blocks. */
export const listItem: NodeDefinition<'listItem'> = {
  name: 'listItem',
  schema: { content: 'paragraph block*', defining: true },
  fromMarkdown: {
    list_item_open: (_token, state) => state.open({ type: 'listItem', content: [] }),
    list_item_close: (_token, state) => state.close(),
  },
  example: {
    doc: build.doc(
      build.ul(build.li(build.p(build.text('a')), build.ul(build.li(build.p(build.text('b')))))),
    ),
    html: '<ul><li><p>a</p><ul><li><p>b</p></li></ul></li></ul>',
    markdown: '- a\n  - b\n',
  },
}
