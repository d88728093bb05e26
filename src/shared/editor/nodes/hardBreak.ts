import type { NodeDefinition } from '../NodeDefinition'
import * as build from '../../render/testing/docBuilders'

/**
 * A line break inside a block: `<br>` in HTML, two trailing spaces in Markdown. It is the
 * schema's line break (`linebreakReplacement`), which the inline renderers look for.
 */
export const hardBreak: NodeDefinition<'hardBreak'> = {
  name: 'hardBreak',
  schema: { group: 'inline', inline: true, selectable: false, linebreakReplacement: true },
  leafText: '\n',
  fromInlineMarkdown: { hardbreak: () => ({ type: 'hardBreak' }) },
  inlineHtml: /^<br\s*\/?>$/i,
  example: {
    doc: build.doc(build.p(build.text('a'), build.br(), build.text('b'))),
    html: '<p>a<br>b</p>',
    markdown: 'a  \nb\n',
  },
}
