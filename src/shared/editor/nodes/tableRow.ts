import type { NodeDefinition } from '../NodeDefinition'

/** A row of table cells. */
export const tableRow: NodeDefinition<'tableRow'> = {
  name: 'tableRow',
  schema: { tableRole: 'row', content: '(tableCell | tableHeader)*' },
  fromMarkdown: {
    tr_open: (_token, state) => state.open({ type: 'tableRow', content: [] }),
    tr_close: (_token, state) => state.close(),
  },
}
