import { load } from 'cheerio'
import { applyMarkupPolicy } from '../../security/applyMarkupPolicy'

/**
 * Applies the markup policy to an SVG file (scripts, foreign objects, animation, event handlers
 * and script URLs go), so the stored copy stays inert even when opened on its own rather than
 * as an image.
 */
export function sanitizeSvg(body: Buffer): Buffer {
  const $ = load(body.toString('utf8'), { xml: true })
  applyMarkupPolicy($)
  return Buffer.from($.xml(), 'utf8')
}
