import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { sanitizePage } from '../../../src/main/preview/capture/sanitizePage'
import { sanitizeSvg } from '../../../src/main/preview/capture/sanitizeSvg'
import { sanitizeThemeHtml } from '../../../src/main/preview/theme/sanitizeThemeDom'
import { applyMarkupPolicy, settleMarkup } from '../../../src/main/security/applyMarkupPolicy'
import { ACTIVE_ELEMENTS, isSafeMarkupUrl } from '../../../src/shared/safety/markupPolicy'
import { HOSTILE_HTML, UNSAFE_LINK_TARGETS } from '../../fixtures/hostile'

/** Whatever could run script once a browser parses the markup, as a list of findings. */
function activeConstructs(html: string, contentType = 'text/html'): string[] {
  const found: string[] = []
  const { document } = new JSDOM(html, { contentType }).window
  for (const element of document.querySelectorAll('*')) {
    const name = element.localName.toLowerCase()
    if (ACTIVE_ELEMENTS.has(name)) found.push(`<${name}>`)
    if (name === 'meta' && element.hasAttribute('http-equiv')) found.push('<meta http-equiv>')
    for (const { name: attribute, value } of Array.from(element.attributes)) {
      if (/^on/i.test(attribute)) found.push(`${name}[${attribute}]`)
      const plain = value.replace(/[\s\p{Cc}]+/gu, '').toLowerCase()
      if (/^(javascript|vbscript|livescript):/.test(plain)) found.push(`${name}[${attribute}]`)
      if (/^data:text\/html/.test(plain)) found.push(`${name}[${attribute}]`)
    }
  }
  return found
}

const PAGE_CASES = [
  ...HOSTILE_HTML.map((entry) => ({ name: entry.name, html: entry.html })),
  ...UNSAFE_LINK_TARGETS.map((href) => ({
    name: `link to ${JSON.stringify(href)}`,
    html: `<a href="${href.replace(/"/g, '&quot;')}">x</a>`,
  })),
]

/** Every path that applies the markup policy, each given a whole page. */
const PATHS: [string, (html: string) => string][] = [
  ['the policy itself', (html) => settleMarkup(html, ($) => applyMarkupPolicy($)) ?? ''],
  ['page capture', (html) => settleMarkup(html, sanitizePage) ?? ''],
  ['theme templates', (html) => sanitizeThemeHtml(html).html()],
]

describe.each(PATHS)('the markup policy through %s', (_path, clean) => {
  it.each(PAGE_CASES)('leaves nothing active of $name', ({ html }) => {
    const page = `<html><body><p>before</p>${html}<p>after</p></body></html>`
    expect(activeConstructs(clean(page))).toEqual([])
  })
})

describe('the markup policy through SVG files', () => {
  it.each(PAGE_CASES)('leaves nothing active of $name, read as the SVG it is', ({ html }) => {
    const svg = sanitizeSvg(
      Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><g>${html}</g></svg>`),
    ).toString()
    let found: string[]
    try {
      found = activeConstructs(svg, 'image/svg+xml')
    } catch {
      found = [] // not well-formed XML: no browser shows it as a document at all
    }
    expect(found).toEqual([])
  })
})

describe('isSafeMarkupUrl', () => {
  it.each(UNSAFE_LINK_TARGETS.filter((href) => /^[a-z-]+:/i.test(href) && !/^https:/i.test(href)))(
    'refuses %j on a link',
    (href) => {
      expect(isSafeMarkupUrl(href, 'a', 'href')).toBe(false)
    },
  )

  it('keeps relative, web, mail and phone links, and inline pictures on images only', () => {
    expect(isSafeMarkupUrl('/news/', 'a', 'href')).toBe(true)
    expect(isSafeMarkupUrl('https://example.com/', 'a', 'href')).toBe(true)
    expect(isSafeMarkupUrl('tel:+441234', 'a', 'href')).toBe(true)
    expect(isSafeMarkupUrl('data:image/svg+xml;base64,AAAA', 'img', 'src')).toBe(true)
    expect(isSafeMarkupUrl('data:image/svg+xml;base64,AAAA', 'a', 'href')).toBe(false)
    expect(isSafeMarkupUrl('data:text/html,x', 'img', 'src')).toBe(false)
  })
})
