import type { NodeDefinition } from '../NodeDefinition'
import { cellFromMarkdown, tableCellSchema } from './tableCellSchema'

/** A body cell: blocks, with spans and an alignment. */
export const tableCell: NodeDefinition<'tableCell'> = {
  name: 'tableCell',
  schema: tableCellSchema('cell'),
  fromMarkdown: { td_open: cellFromMarkdown('tableCell') },
}
