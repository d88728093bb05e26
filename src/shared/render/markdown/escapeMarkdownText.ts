/** Where a piece of text sits, which decides what must be escaped. */
export interface TextPlace {
  /** First on its line: `#`, `>`, `-`, `+`, `=`, `:` and `1.` would start a block there. */
  lineStart: boolean
  /** In a heading, where a trailing `#` would be read as a closing sequence. */
  heading: boolean
}

/**
 * Characters that start Markdown syntax anywhere in a line: emphasis, code, strikethrough,
 * links, table pipes, HTML, entities, and kramdown's `$$` math and `{:` attribute lists.
 */
const INLINE_SPECIAL = /[\\*_`~[\]|<]|&(?=#?[a-z0-9]+;)|\$\$|\{:/gi
const HEADING_SPECIAL = /#/g
const BLOCK_MARKER = /^[#>+=:-]/
const NUMBER_MARKER = /^(\d+)([.)])/

function escapeSpecial(match: string): string {
  if (match === '&') return '&amp;'
  if (match === '$$') return '\\$\\$'
  if (match === '{:') return '\\{:'
  return `\\${match}`
}

/**
 * Text as Markdown that shows exactly this text in CommonMark (goldmark, markdown-it) and
 * kramdown: every character that could start syntax is backslash-escaped. Line breaks inside
 * text become spaces (a hard break is a node of its own).
 */
export function escapeMarkdownText(text: string, place: TextPlace): string {
  let out = text.replace(/[\r\n]+/g, ' ')
  if (place.lineStart) out = out.trimStart()
  out = out.replace(INLINE_SPECIAL, escapeSpecial)
  if (place.heading) out = out.replace(HEADING_SPECIAL, '\\#')
  if (place.lineStart) {
    if (BLOCK_MARKER.test(out) && !out.startsWith('\\')) out = `\\${out}`
    else out = out.replace(NUMBER_MARKER, '$1\\$2')
  }
  return out
}
