import type { DocNode } from '../../article/Article'
import { renderTableHtml } from './renderTableHtml'
import { renderTableMarkdown } from './renderTableMarkdown'
import type { NodeDefinition } from '../NodeDefinition'
import * as build from '../../render/testing/docBuilders'

/** A GFM table always has a header row; an empty one stands for "no header row". */
function dropEmptyHeader(table: DocNode): void {
  const [first, ...rest] = table.content ?? []
  const cells = first?.content ?? []
  const empty = cells.every((cell) => (cell.content ?? []).every((b) => !b.content?.length))
  if (first && empty && rest.length > 0) table.content = rest
}

/** A table of rows; its first row is a header row when all its cells are header cells. */
export const table: NodeDefinition<'table'> = {
  name: 'table',
  schema: { tableRole: 'table', content: 'tableRow+', group: 'block', isolating: true },
  toHtml: (node, html) => renderTableHtml(node, html),
  toMarkdown: (node, md) => renderTableMarkdown(node, md),
  fromMarkdown: {
    table_open: (_token, state) => state.open({ type: 'table', content: [] }),
    table_close: (_token, state) => {
      dropEmptyHeader(state.top())
      state.close()
    },
  },
  example: {
    doc: build.doc(
      build.table(
        build.tr(build.th(build.p(build.text('H')))),
        build.tr(build.td(build.p(build.text('c')))),
      ),
    ),
    html: '<table><thead><tr><th>H</th></tr></thead><tbody><tr><td>c</td></tr></tbody></table>',
    markdown: '| H |\n| --- |\n| c |\n',
  },
}
