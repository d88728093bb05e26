import type { NodeDefinition } from '../NodeDefinition'
import * as build from '../../render/testing/docBuilders'

/** A row of table cells. */
export const tableRow: NodeDefinition<'tableRow'> = {
  name: 'tableRow',
  schema: { tableRole: 'row', content: '(tableCell | tableHeader)*' },
  fromMarkdown: {
    tr_open: (_token, state) => state.open({ type: 'tableRow', content: [] }),
    tr_close: (_token, state) => state.close(),
  },
  example: {
    doc: build.doc(
      build.table(build.tr(build.th(build.p(build.text('A'))), build.th(build.p(build.text('B'))))),
    ),
    html: '<table><thead><tr><th>A</th><th>B</th></tr></thead></table>',
    markdown: '| A | B |\n| --- | --- |\n',
  },
}
