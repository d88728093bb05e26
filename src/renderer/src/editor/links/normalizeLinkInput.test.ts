import { describe, expect, it } from 'vitest'
import { normalizeLinkInput } from './normalizeLinkInput'

const UNSUPPORTED =
  'Links can only point to web pages (http, https), email addresses (mailto), phone numbers (tel) or places on the site (/page, #section).'

describe('normalizeLinkInput', () => {
  it.each([
    ['https://example.com/a?b=1#c', 'https://example.com/a?b=1#c'],
    ['  http://example.com  ', 'http://example.com'],
    ['example.com', 'https://example.com'],
    ['www.example.co.uk/news', 'https://www.example.co.uk/news'],
    ['localhost:3000/preview', 'https://localhost:3000/preview'],
    ['//cdn.example.com/x', 'https://cdn.example.com/x'],
    ['press@example.com', 'mailto:press@example.com'],
    ['mailto:press@example.com?subject=Hi', 'mailto:press@example.com?subject=Hi'],
    ['tel:+44-20-7946-0000', 'tel:+44-20-7946-0000'],
    ['#section-2', '#section-2'],
    ['/about', '/about'],
    ['../archive/', '../archive/'],
  ])('accepts %j as %j', (input, href) => {
    expect(normalizeLinkInput(input)).toEqual({ ok: true, href })
  })

  it.each([
    ['javascript:alert(1)', UNSUPPORTED],
    ['data:text/html,hi', UNSUPPORTED],
    ['ftp://files.example.com', UNSUPPORTED],
    ['java\tscript:alert(1)', 'A web address cannot contain spaces.'],
    ['', 'Type a web address, like https://example.com.'],
    ['hello', 'That does not look like a web address.'],
    ['https://', 'That does not look like a web address.'],
    ['mailto:', 'Add an email address after mailto:.'],
    ['tel:call-me', 'Add a phone number after tel:, like tel:+44-20-7946-0000.'],
    ['vbscript:msgbox(1)', UNSUPPORTED],
    ['file:///etc/passwd', UNSUPPORTED],
    ['/\\evil.example/x', 'That does not look like a web address.'],
  ])('refuses %j', (input, message) => {
    expect(normalizeLinkInput(input)).toEqual({ ok: false, message })
  })
})
