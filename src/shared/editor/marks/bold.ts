import type { MarkDefinition } from '../MarkDefinition'

/** Bold: `<strong>`, `**` in Markdown. */
export const bold: MarkDefinition<'bold'> = {
  name: 'bold',
  schema: {},
  output: {
    htmlOpen: () => '<strong>',
    htmlClose: '</strong>',
    delimiter: '**',
    markdownTag: 'strong',
  },
  input: { token: 'strong', htmlTags: ['strong', 'b'] },
}
