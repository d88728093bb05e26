import type { NodeDefinition } from '../NodeDefinition'
import { listItemsHtml } from './listItem'
import { listMarkdown } from './listMarkdown'
import * as build from '../../render/testing/docBuilders'

/** Written between two lists of the same kind, which Markdown would otherwise merge into one. */
export const LIST_SEPARATOR = '<!-- -->'

/** A bulleted list. */
export const bulletList: NodeDefinition<'bulletList'> = {
  name: 'bulletList',
  schema: { content: 'listItem+', group: 'block list' },
  markdownSeparator: LIST_SEPARATOR,
  toHtml: (node, html) => `<ul>${listItemsHtml(node, html)}</ul>`,
  toMarkdown: listMarkdown,
  fromMarkdown: {
    bullet_list_open: (_token, state) => state.open({ type: 'bulletList', content: [] }),
    bullet_list_close: (_token, state) => state.close(),
  },
  example: {
    doc: build.doc(
      build.ul(build.li(build.p(build.text('a'))), build.li(build.p(build.text('b')))),
    ),
    html: '<ul><li><p>a</p></li><li><p>b</p></li></ul>',
    markdown: '- a\n- b\n',
  },
}
