import { expect, it } from 'vitest'
import { isAllowedLinkHref } from './isAllowedLinkHref'

it.each([
  ['https://example.com', true],
  ['HTTP://EXAMPLE.COM/x', true],
  ['mailto:a@example.com', true],
  ['https://', false],
  ['javascript:alert(1)', false],
  [' javascript:alert(1)', false],
  ['java\nscript:alert(1)', false],
  ['vbscript:x', false],
  ['data:text/html,x', false],
  ['file:///etc/passwd', false],
  ['/relative', false],
  ['#top', false],
  ['', false],
  [null, false],
])('isAllowedLinkHref(%j) is %s', (href, allowed) => {
  expect(isAllowedLinkHref(href)).toBe(allowed)
})
