import type { MarkDefinition } from '../MarkDefinition'
import * as build from '../../render/testing/docBuilders'

/** Strikethrough: `<s>`, GFM's `~~` in Markdown. */
export const strike: MarkDefinition<'strike'> = {
  name: 'strike',
  schema: {},
  output: { htmlOpen: () => '<s>', htmlClose: '</s>', delimiter: '~~', markdownTag: 'del' },
  input: { token: 's', htmlTags: ['s', 'del', 'strike'] },
  example: {
    doc: build.doc(build.p(build.text('s', build.strike))),
    html: '<p><s>s</s></p>',
    markdown: '~~s~~\n',
  },
}
