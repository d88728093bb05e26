import { markdownParser } from './markdownParser'

const { unescapeAll } = markdownParser.utils

/** HTML text or attribute value with its character references decoded (backslashes kept). */
export function decodeHtmlText(html: string): string {
  // unescapeAll also removes Markdown backslash escapes; as `&#92;` a backslash survives.
  return unescapeAll(html.replace(/\\/g, '&#92;'))
}
