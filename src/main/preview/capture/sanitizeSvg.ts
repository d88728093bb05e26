import { load } from 'cheerio'
import { isTag } from 'domhandler'

/**
 * Strips scripts, event handlers and script links from an SVG file, so the stored copy stays
 * inert even when opened on its own rather than as an image.
 */
export function sanitizeSvg(body: Buffer): Buffer {
  const $ = load(body.toString('utf8'), { xml: true })
  $('script, foreignObject, iframe, embed, object, set, animate').remove()
  $('*').each((_, element) => {
    if (!isTag(element)) return
    for (const name of Object.keys(element.attribs)) {
      const value = element.attribs[name] ?? ''
      const lower = name.toLowerCase()
      const scriptUrl = /^\s*(javascript|vbscript|data):/i.test(value.replace(/[\s\p{Cc}]/gu, ''))
      if (lower.startsWith('on') || (lower.endsWith('href') && scriptUrl))
        $(element).removeAttr(name)
    }
  })
  return Buffer.from($.xml(), 'utf8')
}
