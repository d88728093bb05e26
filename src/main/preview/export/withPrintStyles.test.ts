import { describe, expect, it } from 'vitest'
import { withPrintStyles } from './withPrintStyles'

describe('withPrintStyles', () => {
  it('adds page margins for every printed page after the page’s own styles', () => {
    const html = withPrintStyles(
      '<html><head><style>body{margin:0}</style></head><body><p>x</p></body></html>',
    )
    expect(html).toMatch(
      /<style>body\{margin:0\}<\/style><style data-copydesk-print>@page \{ margin: 18mm 16mm; \}/,
    )
    expect(html.indexOf('data-copydesk-print')).toBeLessThan(html.indexOf('</head>'))
  })

  it('still adds them to a document without a head', () => {
    expect(withPrintStyles('<p>x</p>')).toMatch(/^<style data-copydesk-print>@page/)
  })
})
