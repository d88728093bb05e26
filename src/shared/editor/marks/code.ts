import type { MarkDefinition } from '../MarkDefinition'
import * as build from '../../render/testing/docBuilders'

/**
 * Inline code: `<code>`, a backtick span in Markdown. It excludes every other mark and is
 * rendered innermost, since Markdown allows nothing inside a code span.
 */
export const code: MarkDefinition<'code'> = {
  name: 'code',
  schema: { excludes: '_', code: true },
  output: { htmlOpen: () => '<code>', htmlClose: '</code>', markdownTag: 'code' },
  input: { textToken: 'code_inline', htmlTags: ['code'] },
  example: {
    doc: build.doc(build.p(build.text('c', build.inlineCode))),
    html: '<p><code>c</code></p>',
    markdown: '`c`\n',
  },
}
