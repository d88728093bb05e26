import type { NodeDefinition } from '../NodeDefinition'

/** A thematic break: `<hr>`, `***` in Markdown; left out of table cells. */
export const horizontalRule: NodeDefinition<'horizontalRule'> = {
  name: 'horizontalRule',
  schema: { group: 'block' },
  toHtml: () => '<hr>',
  toMarkdown: () => '***',
  toMarkdownCell: () => [],
  fromMarkdown: { hr: (_token, state) => state.append({ type: 'horizontalRule' }) },
}
