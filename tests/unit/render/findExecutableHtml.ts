import { JSDOM } from 'jsdom'

/** Elements that load, run or redirect something, or change how the page resolves URLs. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'svg',
  'math',
  'template',
  'noscript',
])
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'cite',
])
const DANGEROUS_URL = /^(?:javascript|data|vbscript):/i
const DANGEROUS_STYLE = /url\s*\(|expression\s*\(|behavior|binding/i

/**
 * What in an HTML fragment could run script or load a dangerous URL, as a browser parses it:
 * forbidden elements, `on*` handlers, javascript:/data:/vbscript: URLs (also with the
 * whitespace and control characters browsers ignore), and script-bearing styles.
 */
export function findExecutableHtml(html: string): string[] {
  const fragment = JSDOM.fragment(html)
  const found: string[] = []
  for (const element of fragment.querySelectorAll('*')) {
    const tag = element.localName
    if (FORBIDDEN_ELEMENTS.has(tag)) found.push(`<${tag}>`)
    for (const { name, value } of Array.from(element.attributes)) {
      const url = value.replace(/[\s\p{Cc}]/gu, '')
      if (name.startsWith('on')) found.push(`${tag}[${name}]`)
      else if (URL_ATTRIBUTES.has(name) && DANGEROUS_URL.test(url))
        found.push(`${tag}[${name}=${value}]`)
      else if (name === 'style' && DANGEROUS_STYLE.test(value)) found.push(`${tag}[style=${value}]`)
    }
  }
  return found
}

/** The text a reader sees in an HTML fragment. */
export function visibleText(html: string): string {
  return JSDOM.fragment(`<div>${html}</div>`).textContent ?? ''
}

/** The elements used in an HTML fragment, by name. */
export function elementNames(html: string): Set<string> {
  return new Set(Array.from(JSDOM.fragment(html).querySelectorAll('*'), (e) => e.localName))
}
