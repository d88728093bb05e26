import type { MarkDefinition } from '../MarkDefinition'
import * as build from '../../render/testing/docBuilders'

/** Italic: `<em>`, `*` in Markdown. */
export const italic: MarkDefinition<'italic'> = {
  name: 'italic',
  schema: {},
  output: { htmlOpen: () => '<em>', htmlClose: '</em>', delimiter: '*', markdownTag: 'em' },
  input: { token: 'em', htmlTags: ['em', 'i'] },
  example: {
    doc: build.doc(build.p(build.text('i', build.italic))),
    html: '<p><em>i</em></p>',
    markdown: '*i*\n',
  },
}
