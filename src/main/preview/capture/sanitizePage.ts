import type { CheerioAPI } from 'cheerio'
import { isTag, type AnyNode, type Element } from 'domhandler'
import { isSafeDataUrl } from './isUnsafeCss'

/** Elements that run code, load other documents or hide markup from the sanitizer. */
const REMOVED = new Set(
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
  ].map((name) => name.toLowerCase()),
)

const URL_ATTRIBUTES = new Set([
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
const DROPPED = new Set([
  'srcdoc',
  'action',
  'formaction',
  'integrity',
  'nonce',
  'ping',
  'manifest',
])
const KEPT_META = new Set(['viewport', 'theme-color', 'color-scheme'])
const KEPT_LINK = /(^|\s)(stylesheet|icon|apple-touch-icon|mask-icon)(\s|$)/i

/**
 * Removes every script, event handler, script URL, embedded document and refresh from a page
 * in place. Runs before and after the page is rewritten, so markup that changes meaning when
 * serialized and parsed again is caught on the second pass.
 */
export function sanitizePage($: CheerioAPI): void {
  removeComments($, $.root().toArray())
  // By name rather than selector: SVG names such as foreignObject keep their case.
  $('*')
    .filter((_, node) => isTag(node) && REMOVED.has(node.name.toLowerCase()))
    .remove()
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
  $('*').each((_, element) => {
    if (isTag(element)) cleanAttributes($, element)
  })
}

function cleanAttributes($: CheerioAPI, element: Element): void {
  for (const name of Object.keys(element.attribs)) {
    const lower = name.toLowerCase()
    const value = element.attribs[name] ?? ''
    if (lower.startsWith('on') || DROPPED.has(lower)) {
      $(element).removeAttr(name)
    } else if (URL_ATTRIBUTES.has(lower) && !isHarmlessUrl(value, element, lower)) {
      $(element).removeAttr(name)
    }
  }
}

/** True unless the value is a script, vbscript or data URL (image data in images excepted). */
function isHarmlessUrl(value: string, element: Element, attribute: string): boolean {
  const plain = value.replace(/[\s\p{Cc}]+/gu, '').toLowerCase()
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(plain)?.[1]
  if (!scheme) return !/&#|&colon;|&tab;/i.test(plain)
  if (scheme === 'data') {
    const imageAttribute = attribute === 'src' || attribute === 'srcset' || attribute === 'href'
    return (
      ['img', 'source', 'image', 'link'].includes(element.name) &&
      imageAttribute &&
      isSafeDataUrl(plain)
    )
  }
  return ['http', 'https', 'mailto', 'tel'].includes(scheme)
}

function removeComments($: CheerioAPI, nodes: AnyNode[]): void {
  for (const node of nodes) {
    if (node.type === 'comment') $(node).remove()
    else if ('children' in node) removeComments($, [...node.children])
  }
}
