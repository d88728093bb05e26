/** Where a piece of text sits, which decides what must be escaped. */
export interface TextPlace {
  /** First on its line: `#`, `>`, `-`, `+`, `=`, `:` and `1.` would start a block there. */
  lineStart: boolean
  /** In a heading, where a trailing `#` would be read as a closing sequence. */
  heading: boolean
  /**
   * Inside an HTML element such as `<u>`, where kramdown keeps backslashes: escapes are written
   * as character references instead, which every engine decodes.
   */
  inHtml?: boolean
  /**
   * How typed runs of dashes and dots are kept from a typographer: `escape` (backslashes, which
   * Hugo's and Jekyll's typographers respect) or `comment` (empty HTML comments between the
   * characters, for Astro's remark-smartypants, which reads text after escapes are gone).
   */
  runs?: TypographerRuns
}

/** See {@link TextPlace.runs}. */
export type TypographerRuns = 'escape' | 'comment'

/**
 * Characters that start Markdown syntax anywhere in a line: emphasis, code, links, table
 * pipes, HTML, entities, kramdown's `$$` math, and `{{`, `{%`, `{:` (Hugo shortcodes, Jekyll's
 * Liquid, kramdown attribute lists). Liquid and shortcodes run before Markdown, so a backslash
 * cannot hide them; neither can it hide `~` from kramdown, which has no `\~` escape. Those
 * characters are written as character references, which every Markdown engine decodes.
 */
const INLINE_SPECIAL = /[\\*_`[\]|<~]|&(?=#?[a-z0-9]+;)|\$\$|\{(?=[{%:])/gi
/** The same, and `#`: a trailing one would close an ATX heading in kramdown. */
const HEADING_SPECIAL = /[\\*_`[\]|<~#]|&(?=#?[a-z0-9]+;)|\$\$|\{(?=[{%:])/gi
/** Runs a typographer would replace: two or more hyphens, three or more dots. */
const TYPOGRAPHER_RUN = /-{2,}|\.{3,}/g
/** Splits a run for a typographer that ignores escapes, and shows nothing on the page. */
const EMPTY_COMMENT = '<!---->'
const BLOCK_MARKER = /^[#>+=:-]/
const NUMBER_MARKER = /^(\d+)([.)])/
const REFERENCE: Record<string, string> = { '&': '&amp;', '~': '&#126;', '{': '&#123;' }

function escapeSpecial(match: string): string {
  if (match === '$$') return '\\$\\$'
  return REFERENCE[match] ?? `\\${match}`
}

/**
 * Text as Markdown that shows exactly this text in CommonMark (goldmark, markdown-it) and
 * kramdown: every character that could start syntax is escaped. Line breaks inside
 * text become spaces (a hard break is a node of its own).
 */
export function escapeMarkdownText(text: string, place: TextPlace): string {
  let out = text.replace(/[\r\n]+/g, ' ')
  if (place.lineStart) out = out.trimStart()
  out = out.replace(place.heading ? HEADING_SPECIAL : INLINE_SPECIAL, escapeSpecial)
  // Typographers turn `--`, `---` and `...` into dashes and an ellipsis; kept apart, the site
  // shows what was typed, as the preview does.
  out = out.replace(TYPOGRAPHER_RUN, (run) =>
    place.runs === 'comment' ? run.split('').join(EMPTY_COMMENT) : run.replace(/[-.]/g, '\\$&'),
  )
  if (place.lineStart) {
    if (BLOCK_MARKER.test(out) && !out.startsWith('\\')) out = `\\${out}`
    else out = out.replace(NUMBER_MARKER, '$1\\$2')
  }
  if (place.inHtml)
    out = out.replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => `&#${c.charCodeAt(0)};`)
  return out
}
