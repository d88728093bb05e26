import type { MarkDefinition } from '../MarkDefinition'
import * as build from '../../render/testing/docBuilders'

/** Underline: `<u>` in HTML and in Markdown, which has no syntax for it. */
export const underline: MarkDefinition<'underline'> = {
  name: 'underline',
  schema: {},
  output: { htmlOpen: () => '<u>', htmlClose: '</u>', markdownTag: 'u' },
  input: { htmlTags: ['u'] },
  example: {
    doc: build.doc(build.p(build.text('u', build.underline))),
    html: '<p><u>u</u></p>',
    markdown: '<u>u</u>\n',
  },
}
