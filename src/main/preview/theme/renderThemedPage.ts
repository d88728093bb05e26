import { randomBytes } from 'node:crypto'
import type { CheerioAPI } from 'cheerio'
import type { ThemeError } from '@shared/ipc/channels/preview'
import type { ThemeEngine } from './ThemeEngine'
import type { ThemeVariables } from './ThemeVariables'
import { sanitizeThemeHtml, setDocumentPolicy } from './sanitizeThemeDom'

/**
 * Stands in for the body while the theme's own markup is cleaned: the body is already sanitized
 * by the renderer, and leaving it out keeps a refresh of a long article to a few milliseconds.
 */
const CONTENT_MARKER = `cdbody${randomBytes(8).toString('hex')}`

export type ThemedPage =
  { ok: true; dom: CheerioAPI; finish: () => string } | { ok: false; error: ThemeError }

/**
 * Renders a theme with the given variables (`content` is set here) and returns its page as an
 * inert DOM with the document policy in place. `finish` serializes the DOM and puts the body
 * in; callers may change the DOM in between (the review copy inlines its resources).
 */
export async function renderThemedPage(
  engine: ThemeEngine,
  themeDir: string,
  variables: Omit<ThemeVariables, 'content'>,
  body: string,
  policy: string,
): Promise<ThemedPage> {
  const output = await engine.render(themeDir, { ...variables, content: CONTENT_MARKER })
  if (!output.ok) return output
  const dom = sanitizeThemeHtml(output.html)
  // The body goes only where text goes: a marker inside an attribute would let markup in there.
  dom('html, html *').each((_, el) => {
    for (const [name, value] of Object.entries(el.attribs)) {
      if (value.includes(CONTENT_MARKER)) dom(el).attr(name, value.split(CONTENT_MARKER).join(''))
    }
  })
  setDocumentPolicy(dom, policy)
  return {
    ok: true,
    dom,
    finish: () => withDoctype(dom.html()).split(CONTENT_MARKER).join(body),
  }
}

/** Standards mode even when a template forgot the doctype. */
function withDoctype(html: string): string {
  return /^\s*<!doctype/i.test(html) ? html : `<!doctype html>\n${html}`
}
