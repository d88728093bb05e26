import { load, type CheerioAPI } from 'cheerio'
import { applyMarkupPolicy } from '../../security/applyMarkupPolicy'

/** What a theme page may not have on top of the markup policy: refresh and policy metas. */
const REMOVED_ELEMENTS = [
  'meta[http-equiv]',
  'link:not([rel~="stylesheet" i]):not([rel~="icon" i])',
].join(', ')

/**
 * Makes a theme's page inert: the markup policy (scripts, SVG ones too, frames, plugins,
 * `<base>`, animation, event handler attributes and script URLs go), then refresh and policy
 * metas, external SVG `<use>` and script in style attributes. Comments stay: the preview marks
 * the article body with them. The document's own policy forbids scripts as well; this keeps a
 * hand-edited or captured template honest on its own.
 */
export function sanitizeThemeDom($: CheerioAPI): void {
  applyMarkupPolicy($, { keepComments: true })
  $(REMOVED_ELEMENTS).remove()
  // An SVG <use> may only point inside the page; external ones load whole documents.
  $('use').each((_, el) => {
    for (const name of Object.keys(el.attribs)) {
      if (/^(xlink:)?href$/i.test(name) && !(el.attribs[name] ?? '').startsWith('#')) {
        $(el).removeAttr(name)
      }
    }
  })
  $('[style]').each((_, el) => {
    if (/expression\s*\(|javascript:/i.test(el.attribs.style ?? '')) $(el).removeAttr('style')
  })
}

/** Most passes before giving up on markup that keeps changing when parsed again. */
const MAX_PASSES = 4

/**
 * Parses and cleans a theme's page until parsing the cleaned result again changes nothing.
 * Markup that mutates between parses (foreign content such as `<math><style>`) can turn into
 * new elements on the browser's parse; cleaning to a fixed point catches those too, and
 * markup that never settles loses its body altogether.
 */
export function sanitizeThemeHtml(html: string): CheerioAPI {
  let dom = load(html)
  sanitizeThemeDom(dom)
  let serialized = dom.html()
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const again = load(serialized)
    sanitizeThemeDom(again)
    const next = again.html()
    if (next === serialized) return again
    dom = again
    serialized = next
  }
  dom('body').empty()
  return dom
}

/**
 * Puts the document's policy first in `<head>` (after the charset), so it covers every
 * resource the page names, whether or not the template declared one.
 */
export function setDocumentPolicy($: CheerioAPI, policy: string): void {
  const head = $('head')
  head.find('meta[charset]').remove()
  head.prepend(
    '<meta charset="utf-8">',
    $('<meta http-equiv="Content-Security-Policy">').attr('content', policy),
    '<meta name="referrer" content="no-referrer">',
  )
}
