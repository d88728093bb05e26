import type { NodeDefinition } from '../NodeDefinition'
import { cellFromMarkdown, tableCellSchema } from './tableCellSchema'
import * as build from '../../render/testing/docBuilders'

const SCHEMA = tableCellSchema('header_cell')

/** A header cell (GFM's header row is made of these). */
export const tableHeader: NodeDefinition<'tableHeader'> = {
  name: 'tableHeader',
  schema: SCHEMA,
  fromMarkdown: { th_open: cellFromMarkdown('tableHeader', SCHEMA) },
  example: {
    doc: build.doc(
      build.table(
        build.tr(build.th(build.p(build.text('H')))),
        build.tr(build.td(build.p(build.text('1')))),
      ),
    ),
    html: '<table><thead><tr><th>H</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>',
    markdown: '| H |\n| --- |\n| 1 |\n',
  },
}
