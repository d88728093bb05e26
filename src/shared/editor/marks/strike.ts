import type { MarkDefinition } from '../MarkDefinition'

/** Strikethrough: `<s>`, GFM's `~~` in Markdown. */
export const strike: MarkDefinition<'strike'> = {
  name: 'strike',
  schema: {},
  output: { htmlOpen: () => '<s>', htmlClose: '</s>', delimiter: '~~', markdownTag: 'del' },
  input: { token: 's', htmlTags: ['s', 'del', 'strike'] },
}
