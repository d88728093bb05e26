import { describe, expect, it } from 'vitest'
import { normalizeLinkInput } from './normalizeLinkInput'

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
  ])('accepts %j as %j', (input, href) => {
    expect(normalizeLinkInput(input)).toEqual({ ok: true, href })
  })

  it.each([
    [
      'javascript:alert(1)',
      'Links can only point to web pages (http, https) or email addresses (mailto).',
    ],
    [
      'data:text/html,hi',
      'Links can only point to web pages (http, https) or email addresses (mailto).',
    ],
    [
      'ftp://files.example.com',
      'Links can only point to web pages (http, https) or email addresses (mailto).',
    ],
    ['java\tscript:alert(1)', 'A web address cannot contain spaces.'],
    ['', 'Type a web address, like https://example.com.'],
    ['hello', 'That does not look like a web address.'],
    ['https://', 'That does not look like a web address.'],
    ['mailto:', 'Add an email address after mailto:.'],
  ])('refuses %j', (input, message) => {
    expect(normalizeLinkInput(input)).toEqual({ ok: false, message })
  })
})
