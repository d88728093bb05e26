import type { MarkDefinition } from '../MarkDefinition'

/** Underline: `<u>` in HTML and in Markdown, which has no syntax for it. */
export const underline: MarkDefinition<'underline'> = {
  name: 'underline',
  schema: {},
  output: { htmlOpen: () => '<u>', htmlClose: '</u>', markdownTag: 'u' },
  input: { htmlTags: ['u'] },
}
