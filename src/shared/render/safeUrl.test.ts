import { describe, expect, it } from 'vitest'
import { safeImageUrl, safeLinkHref } from './safeUrl'

describe('safeLinkHref', () => {
  it.each([
    'https://example.com',
    'HTTP://Example.com/a?b=1&c=2#d',
    'mailto:desk@example.com',
    '/about',
    '#section-2',
    '?page=2',
    'other-post/',
    '../archive/2024.html',
    'https://example.com/path/with:colon',
  ])('keeps %j', (href) => {
    expect(safeLinkHref(href)).toBe(href)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    '\u200Bjavascript:alert(1)',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    '//evil.example/x',
    '/\\evil.example/x',
    '\\\\evil.example\\x',
    'https://',
    'https:evil.example',
    'http://exa mple.com',
    '',
  ])('refuses %j', (href) => {
    expect(safeLinkHref(href)).toBeNull()
  })

  it('refuses what is not a string', () => {
    expect(safeLinkHref({ toString: () => 'https://example.com' })).toBeNull()
  })
})

describe('safeImageUrl', () => {
  it.each(['https://images.example/a.png', '/media/article/a.png', 'a.png', '../img/a.png'])(
    'keeps %j',
    (url) => {
      expect(safeImageUrl(url)).toBe(url)
    },
  )

  it.each([
    'data:image/png;base64,iVBORw0KGgo=',
    'javascript:alert(1)',
    'asset:abc.png',
    '#x',
    '//evil.example/a.png',
    ' https://images.example/a.png',
    null,
  ])('refuses %j', (url) => {
    expect(safeImageUrl(url)).toBeNull()
  })
})
