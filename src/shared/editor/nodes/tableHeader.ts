import type { NodeDefinition } from '../NodeDefinition'
import { cellFromMarkdown, tableCellSchema } from './tableCellSchema'

/** A header cell (GFM's header row is made of these). */
export const tableHeader: NodeDefinition<'tableHeader'> = {
  name: 'tableHeader',
  schema: tableCellSchema('header_cell'),
  fromMarkdown: { th_open: cellFromMarkdown('tableHeader') },
}
