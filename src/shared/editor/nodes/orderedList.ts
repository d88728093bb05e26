import { tokenAttr } from '../../render/markdown/tokenAttr'
import type { NodeDefinition } from '../NodeDefinition'
import { LIST_SEPARATOR } from './bulletList'
import { listItemsHtml } from './listItem'
import { listMarkdown, listStart } from './listMarkdown'
import * as build from '../../render/testing/docBuilders'

/** A numbered list, from `start`. */
export const orderedList: NodeDefinition<'orderedList'> = {
  name: 'orderedList',
  schema: {
    content: 'listItem+',
    group: 'block list',
    attrs: { start: { default: 1 }, type: { default: null } },
  },
  markdownSeparator: LIST_SEPARATOR,
  toHtml: (node, html) => {
    const start = listStart(node)
    const attr = start === 1 ? '' : ` start="${start}"`
    return `<ol${attr}>${listItemsHtml(node, html)}</ol>`
  },
  toMarkdown: listMarkdown,
  fromMarkdown: {
    ordered_list_open: (token, state) => {
      const start = Number(tokenAttr(token, 'start') || '1')
      const valid = Number.isInteger(start) && start >= 0 && start <= 999_999_999
      state.open({
        type: 'orderedList',
        attrs: { start: valid ? start : 1, type: null },
        content: [],
      })
    },
    ordered_list_close: (_token, state) => state.close(),
  },
  example: {
    doc: build.doc(build.ol(3, build.li(build.p(build.text('a'))))),
    html: '<ol start="3"><li><p>a</p></li></ol>',
    markdown: '3. a\n',
  },
}
