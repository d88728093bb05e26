import type { NodeDefinition } from '../NodeDefinition'
import { cellFromMarkdown, tableCellSchema } from './tableCellSchema'

const SCHEMA = tableCellSchema('header_cell')

/** A header cell (GFM's header row is made of these). */
export const tableHeader: NodeDefinition<'tableHeader'> = {
  name: 'tableHeader',
  schema: SCHEMA,
  fromMarkdown: { th_open: cellFromMarkdown('tableHeader', SCHEMA) },
}
