import { attrInt } from '../../render/nodeAttrs'
import { decodeHtmlText } from '../../render/markdown/decodeHtmlText'
import { safeImportedImageSrc } from '../../safety/urlPolicy'

const FIGURE =
  /^<figure>\s*<img((?:\s+[a-z]+="[^"<>]*")*)\s*\/?>\s*(?:<figcaption>([^<>]*)<\/figcaption>\s*)?<\/figure>$/i
const ATTRIBUTE = /([a-z]+)="([^"<>]*)"/gi
const KNOWN = new Set(['src', 'alt', 'title', 'width', 'height'])

/**
 * The image attributes of a `<figure>` block as renderMarkdown writes it (img with src, alt,
 * title, width, height; optional figcaption), or null for any other HTML, including a figure
 * with other attributes or an image URL that is not allowed.
 */
export function parseFigureHtml(html: string): Record<string, unknown> | null {
  const match = FIGURE.exec(html.trim())
  if (!match) return null
  const attrs = new Map<string, string>()
  for (const [, name = '', value = ''] of (match[1] ?? '').matchAll(ATTRIBUTE)) {
    const key = name.toLowerCase()
    if (!KNOWN.has(key) || attrs.has(key)) return null
    attrs.set(key, decodeHtmlText(value))
  }
  const src = attrs.get('src')
  if (src === undefined || safeImportedImageSrc(src) === null) return null
  const size = (name: string): number | null =>
    attrInt({ type: 'image', attrs: { [name]: attrs.get(name) } }, name, 1, 100_000)
  return {
    src,
    alt: attrs.get('alt') ?? '',
    title: attrs.get('title') || null,
    caption: decodeHtmlText(match[2] ?? '').trim(),
    width: size('width'),
    height: size('height'),
  }
}
