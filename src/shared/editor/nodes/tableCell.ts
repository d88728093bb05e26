import type { NodeDefinition } from '../NodeDefinition'
import { cellFromMarkdown, tableCellSchema } from './tableCellSchema'
import * as build from '../../render/testing/docBuilders'

const SCHEMA = tableCellSchema('cell')

/** A body cell: blocks, with spans and an alignment. */
export const tableCell: NodeDefinition<'tableCell'> = {
  name: 'tableCell',
  schema: SCHEMA,
  fromMarkdown: { td_open: cellFromMarkdown('tableCell', SCHEMA) },
  example: {
    doc: build.doc(
      build.table(
        build.tr(build.td(build.p(build.text('x')))),
        build.tr(build.td(build.p(build.text('y')))),
      ),
    ),
    html: '<table><tbody><tr><td>x</td></tr><tr><td>y</td></tr></tbody></table>',
    markdown: '|  |\n| --- |\n| x |\n| y |\n',
  },
}
