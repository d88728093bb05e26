import { describe, expect, it } from 'vitest'
import {
  imageSourceKind,
  isWebUrl,
  loadableImageSrc,
  MAX_DATA_IMAGE_LENGTH,
  safeExternalUrl,
  safeImageSrc,
  safeLinkHref,
  safeRenderedImageUrl,
} from './urlPolicy'

const ASSET = `asset:${'a'.repeat(64)}.png`
const PNG = 'data:image/png;base64,iVBORw0KGgo='

/** Targets no field of a document may hold, whatever it is for. */
const HOSTILE = [
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
  'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
  'file:///etc/passwd',
  'FILE://localhost/c:/windows/win.ini',
  '\\\\attacker.example\\share\\x',
  '//evil.example/x',
  '/\\evil.example/x',
  'ms-msdt:/id PCWDiagnostic',
  'search-ms:query=x&crumb=location:\\\\evil.example\\share',
  'ms-settings:',
  'smb://server/share',
  'copydesk://app/index.html',
  'blob:https://example.com/uuid',
  'https://',
  'https:evil.example',
  'https://user:secret@example.com/',
  '',
]

describe('safeLinkHref', () => {
  it.each([
    'https://example.com',
    'HTTP://Example.com/a?b=1&c=2#d',
    'mailto:desk@example.com',
    'mailto:desk@example.com?subject=Hi',
    'tel:+44-20-7946-0000',
    '/about',
    '#section-2',
    '?page=2',
    'other-post/',
    '../archive/2024.html',
    'https://example.com/path/with:colon',
  ])('keeps %j', (href) => {
    expect(safeLinkHref(href)).toBe(href)
  })

  it.each([...HOSTILE, 'http://exa mple.com', 'mailto:', 'tel:call-me'])('refuses %j', (href) => {
    expect(safeLinkHref(href)).toBeNull()
  })

  it('refuses what is not a string', () => {
    expect(safeLinkHref({ toString: () => 'https://example.com' })).toBeNull()
  })
})

describe('imageSourceKind', () => {
  it.each([
    [ASSET, 'asset'],
    [PNG, 'data'],
    ['data:image/webp;base64,UklGRg==', 'data'],
    ['https://images.example/a.png', 'remote'],
  ])('%j is %s', (src, kind) => {
    expect(imageSourceKind(src)).toBe(kind)
  })

  it.each([
    ...HOSTILE,
    'asset:abc.png',
    'asset:../../etc/passwd',
    '/media/article/a.png',
    'data:image/png;base64,<script>',
    `data:image/png;base64,${'A'.repeat(MAX_DATA_IMAGE_LENGTH)}`,
    null,
  ])('refuses %j', (src) => {
    expect(imageSourceKind(src)).toBeNull()
    expect(safeImageSrc(src)).toBeNull()
  })

  it('lets the window load assets and inline images, never a remote image', () => {
    expect([ASSET, PNG, 'https://tracker.example/p.gif'].map(loadableImageSrc)).toEqual([
      ASSET,
      PNG,
      null,
    ])
  })
})

describe('safeRenderedImageUrl', () => {
  it.each(['https://images.example/a.png', '/media/article/a.png', 'a.png', '../img/a.png'])(
    'keeps %j',
    (url) => {
      expect(safeRenderedImageUrl(url)).toBe(url)
    },
  )

  it.each([...HOSTILE, PNG, ASSET, '#x', ' https://images.example/a.png', null])(
    'refuses %j',
    (url) => {
      expect(safeRenderedImageUrl(url)).toBeNull()
    },
  )
})

describe('safeExternalUrl', () => {
  it.each([
    'https://example.com/news',
    'http://example.com',
    'https://example.com:8443/a?b=c#d',
    'mailto:press@example.com',
    'mailto:press@example.com?subject=Hello',
  ])('allows %s', (url) => {
    expect(safeExternalUrl(url)).toBe(url)
  })

  it.each([
    ...HOSTILE,
    '/relative/path',
    'example.com',
    'tel:+441234',
    'mailto:not-an-address',
    `https://example.com/${'a'.repeat(5000)}`,
  ])('refuses %s', (url) => {
    expect(safeExternalUrl(url)).toBeNull()
  })
})

describe('isWebUrl', () => {
  it('accepts absolute http(s) only', () => {
    expect(['https://a.example/x', '/x', 'mailto:a@b.c', 'https:a.example'].map(isWebUrl)).toEqual([
      true,
      false,
      false,
      false,
    ])
  })
})
