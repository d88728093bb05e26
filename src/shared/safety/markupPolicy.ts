/**
 * The one markup policy: which elements and attributes never survive in markup Copydesk keeps
 * or shows (captured pages, theme templates, SVG files), and how a URL inside markup is judged.
 * The renderer's paste cleaning (DOMPurify) keeps far less: an allow-list of article elements.
 */

/** Elements that run code, load other documents, animate attributes or hide markup from parsers. */
export const ACTIVE_ELEMENTS: ReadonlySet<string> = new Set(
  [
    'script',
    'noscript',
    'template',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'portal',
    'base',
    'xmp',
    'plaintext',
    'noembed',
    'noframes',
    'video',
    'audio',
    'track',
    'param',
    'set',
    'animate',
    'animateMotion',
    'animateTransform',
    'foreignObject',
    'annotation-xml',
    'handler',
    'listener',
  ].map((name) => name.toLowerCase()),
)

/** Attributes whose value is a URL the browser would follow or load. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'href',
  'src',
  'srcset',
  'xlink:href',
  'action',
  'formaction',
  'poster',
  'background',
  'cite',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'data',
  'codebase',
  'ping',
  'manifest',
])

/** Attributes dropped outright: inline documents, form targets, checks of rewritten files. */
export const DROPPED_ATTRIBUTES: ReadonlySet<string> = new Set([
  'srcdoc',
  'action',
  'formaction',
  'integrity',
  'nonce',
  'ping',
  'manifest',
])

/** Whether an attribute is an event handler (`onload`, `onerror`, …). */
export function isEventHandler(attribute: string): boolean {
  return /^on/i.test(attribute)
}

/** Elements whose URL attributes name a picture: the only place inline data may stay. */
const IMAGE_ELEMENTS = new Set(['img', 'source', 'image', 'link', 'feimage'])
const IMAGE_DATA =
  /^data:(image\/(png|gif|jpe?g|webp|avif|svg\+xml)|font\/|application\/(x-)?font)/i
const SCHEME = /^([a-z][a-z0-9+.-]*):/

/**
 * Whether a URL attribute of markup may stay: relative, or one of the schemes the URL rule
 * allows for links (http, https, mailto, tel), or, on picture elements only, inline image or
 * font data (an image never runs script, even an SVG one). Script URLs in every disguise,
 * other schemes and entity tricks are refused. Looser than the URL rule for documents in one
 * way only: template markers and spaces inside a relative URL are kept, as browsers keep them.
 */
export function isSafeMarkupUrl(value: string, element: string, attribute: string): boolean {
  const name = element.toLowerCase()
  // Browsers skip whitespace and control characters inside a scheme.
  const plain = value.replace(/[\s\p{Cc}]+/gu, '').toLowerCase()
  const scheme = SCHEME.exec(plain)?.[1]
  if (!scheme) return !/&#|&colon;|&tab;|&newline;/i.test(plain)
  if (scheme === 'data') {
    const pictureAttribute = ['src', 'srcset', 'href', 'xlink:href'].includes(attribute)
    return IMAGE_ELEMENTS.has(name) && pictureAttribute && IMAGE_DATA.test(plain)
  }
  return ['http', 'https', 'mailto', 'tel'].includes(scheme)
}
