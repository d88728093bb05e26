import { escapeMarkdownText } from '../../render/markdown/escapeMarkdownText'
import { textOf } from '../../render/nodeAttrs'
import type { NodeDefinition } from '../NodeDefinition'
import * as build from '../../render/testing/docBuilders'

/** Text, with its marks; on its own at block level it is written as a paragraph. */
export const text: NodeDefinition<'text'> = {
  name: 'text',
  schema: { group: 'inline' },
  toHtml: (node, html) => (textOf(node) === '' ? '' : `<p>${html.inline([node])}</p>`),
  toMarkdown: (node, md) => (textOf(node) === '' ? '' : md.inline([node], 'paragraph')),
  toMarkdownCell: (node, md) => [
    escapeMarkdownText(textOf(node), { lineStart: false, heading: false, runs: md.runs }),
  ],
  example: {
    doc: build.doc(build.p(build.text('2 < 3'))),
    html: '<p>2 &lt; 3</p>',
    markdown: '2 \\< 3\n',
  },
}
