import type { MarkDefinition } from '../MarkDefinition'
import * as build from '../../render/testing/docBuilders'

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
  example: {
    doc: build.doc(build.p(build.text('b', build.bold))),
    html: '<p><strong>b</strong></p>',
    markdown: '**b**\n',
  },
}
