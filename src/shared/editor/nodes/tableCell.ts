import type { NodeDefinition } from '../NodeDefinition'
import { cellFromMarkdown, tableCellSchema } from './tableCellSchema'

const SCHEMA = tableCellSchema('cell')

/** A body cell: blocks, with spans and an alignment. */
export const tableCell: NodeDefinition<'tableCell'> = {
  name: 'tableCell',
  schema: SCHEMA,
  fromMarkdown: { td_open: cellFromMarkdown('tableCell', SCHEMA) },
}
