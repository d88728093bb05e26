import type { CheerioAPI } from 'cheerio'
import { applyMarkupPolicy } from '../../security/applyMarkupPolicy'

const KEPT_META = new Set(['viewport', 'theme-color', 'color-scheme'])
const KEPT_LINK = /(^|\s)(stylesheet|icon|apple-touch-icon|mask-icon)(\s|$)/i

/**
 * Removes every script, event handler, script URL, embedded document and refresh from a page
 * in place: the markup policy, then a page's own meta and link rules. Runs before and after the page is rewritten, so markup that changes meaning when
 * serialized and parsed again is caught on the second pass.
 */
export function sanitizePage($: CheerioAPI): void {
  applyMarkupPolicy($)
  $('meta').each((_, meta) => {
    const name = (meta.attribs.name ?? '').toLowerCase()
    const drop = 'http-equiv' in meta.attribs || 'charset' in meta.attribs
    if (drop || (('name' in meta.attribs || 'property' in meta.attribs) && !KEPT_META.has(name)))
      $(meta).remove()
  })
  $('link').each((_, link) => {
    const rel = link.attribs.rel ?? ''
    if (!KEPT_LINK.test(rel) || /alternate|preload|import/i.test(rel)) $(link).remove()
  })
}
