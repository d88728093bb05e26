import MarkdownIt from 'markdown-it'

/**
 * The CommonMark + GFM tables/strikethrough parser parseMarkdown reads with. HTML is tokenized
 * (so the figure blocks and `<u>` written by renderMarkdown can be read back) but never
 * rendered: the token walk keeps only what it knows. Link targets are kept as written; each is
 * checked where it becomes a mark.
 */
export const markdownParser = new MarkdownIt('default', {
  html: true,
  linkify: false,
  typographer: false,
})
// markdown-it's own filter would leave a refused link as literal `[text](url)`; ours keeps the text.
markdownParser.validateLink = () => true
markdownParser.normalizeLink = (url) => url
markdownParser.normalizeLinkText = (text) => text
