import { escapeMarkdownText } from './escapeMarkdownText'

/**
 * Inline code in a backtick fence longer than any backtick run inside it. In a table cell, code
 * with a pipe is written as `<code>` with references: GFM wants `\|` inside code spans there,
 * kramdown shows that backslash, and both read an escaped pipe outside a code span alike.
 */
export function codeSpan(text: string, inTable: boolean): string {
  const code = text.replace(/[\r\n]+/g, ' ')
  if (inTable && code.includes('|')) {
    return `<code>${escapeMarkdownText(code, { lineStart: false, heading: false, inHtml: true })}</code>`
  }
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = /^[` ]|[` ]$/.test(code) && code.trim() !== '' ? ' ' : ''
  return `${fence}${pad}${code}${pad}${fence}`
}
