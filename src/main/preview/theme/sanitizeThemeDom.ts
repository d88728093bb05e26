import { load, type CheerioAPI } from 'cheerio'

/** Elements that run code, embed other documents, or change how the page loads. */
const REMOVED_ELEMENTS = [
  'script',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'base',
  'meta[http-equiv]',
  'link:not([rel~="stylesheet" i]):not([rel~="icon" i])',
].join(', ')

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'ping',
  'srcset',
])

const SCRIPT_URL = /^\s*(javascript|vbscript|data\s*:\s*text\/html)/i
// eslint-disable-next-line no-control-regex -- browsers skip control characters inside a scheme
const CONTROL_CHARACTERS = /[\0-\x1f]/g

/**
 * Makes a theme's page inert: removes scripts (SVG ones too), frames, plugins, `<base>`,
 * refresh and policy metas, event handler attributes and script URLs. The document's own policy
 * forbids scripts as well; this keeps a hand-edited or captured template honest on its own.
 */
export function sanitizeThemeDom($: CheerioAPI): void {
  $(REMOVED_ELEMENTS).remove()
  // SVG animation can rewrite a link's target after the checks below.
  $('set, animate').each((_, el) => {
    const target = Object.entries(el.attribs).find(([name]) => /^attributename$/i.test(name))
    if (target && /href/i.test(target[1])) $(el).remove()
  })
  // An SVG <use> may only point inside the page; external ones load whole documents.
  $('use').each((_, el) => {
    for (const name of Object.keys(el.attribs)) {
      if (/^(xlink:)?href$/i.test(name) && !(el.attribs[name] ?? '').startsWith('#')) {
        $(el).removeAttr(name)
      }
    }
  })
  $('html, html *').each((_, el) => {
    for (const [name, value] of Object.entries(el.attribs)) {
      const lower = name.toLowerCase()
      const scriptUrl =
        URL_ATTRIBUTES.has(lower) && SCRIPT_URL.test(value.replace(CONTROL_CHARACTERS, ''))
      const scriptStyle = lower === 'style' && /expression\s*\(|javascript:/i.test(value)
      if (lower.startsWith('on') || lower === 'srcdoc' || scriptUrl || scriptStyle) {
        $(el).removeAttr(name)
      }
    }
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
