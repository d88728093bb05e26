import { describe, expect, it } from 'vitest'
import { isSafeExternalUrl } from './isSafeExternalUrl'

describe('isSafeExternalUrl', () => {
  it.each([
    'https://example.com/news',
    'http://example.com',
    'https://example.com:8443/a?b=c#d',
    'mailto:press@example.com',
    'mailto:press@example.com?subject=Hello',
  ])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    ' https://example.com',
    'file:///etc/passwd',
    'copydesk://app/index.html',
    'smb://server/share',
    'data:text/html,<script>alert(1)</script>',
    'ms-settings:',
    '/relative/path',
    'example.com',
    'https://user:secret@example.com/',
    'mailto:',
    'mailto:not-an-address',
    `https://example.com/${'a'.repeat(5000)}`,
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })
})
