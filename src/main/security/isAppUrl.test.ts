import { describe, expect, it } from 'vitest'
import { isAppUrl } from './isAppUrl'

const origins = ['copydesk://app', 'http://localhost:5173']

describe('isAppUrl', () => {
  it.each([
    'copydesk://app/index.html',
    'copydesk://app/',
    'http://localhost:5173/',
    'http://localhost:5173/index.html?x=1',
  ])('accepts %s', (url) => {
    expect(isAppUrl(url, origins)).toBe(true)
  })

  it.each([
    'copydesk://evil/index.html',
    'copydesk://app.evil.com/index.html',
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://localhost.evil.com:5173/',
    'file:///work/out/renderer/index.html',
    'about:blank',
    'data:text/html,hi',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url, origins)).toBe(false)
  })
})
