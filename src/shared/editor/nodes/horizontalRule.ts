import type { NodeDefinition } from '../NodeDefinition'
import * as build from '../../render/testing/docBuilders'

/** A thematic break: `<hr>`, `***` in Markdown; left out of table cells. */
export const horizontalRule: NodeDefinition<'horizontalRule'> = {
  name: 'horizontalRule',
  schema: { group: 'block' },
  toHtml: () => '<hr>',
  toMarkdown: () => '***',
  toMarkdownCell: () => [],
  fromMarkdown: { hr: (_token, state) => state.append({ type: 'horizontalRule' }) },
  example: { doc: build.doc(build.hr()), html: '<hr>', markdown: '***\n' },
}
