import type { MarkDefinition } from '../MarkDefinition'

/** Italic: `<em>`, `*` in Markdown. */
export const italic: MarkDefinition<'italic'> = {
  name: 'italic',
  schema: {},
  output: { htmlOpen: () => '<em>', htmlClose: '</em>', delimiter: '*', markdownTag: 'em' },
  input: { token: 'em', htmlTags: ['em', 'i'] },
}
