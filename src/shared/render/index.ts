export type { MarkdownStyle, RenderOptions } from './RenderOptions'
export { renderHtml } from './html/renderHtml'
export { renderMarkdown } from './markdown/renderMarkdown'
export { parseMarkdown } from './markdown/parseMarkdown'
