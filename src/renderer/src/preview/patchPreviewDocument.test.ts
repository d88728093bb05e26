import { describe, expect, it } from 'vitest'
import { patchPreviewDocument } from './patchPreviewDocument'

const page = (title: string, paragraphs: string[], css = 'body{margin:0}') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>${css}</style></head><body class="cd-page"><header class="cd-header">Site</header>` +
  `<main><h1 class="cd-title">${title}</h1><div class="cd-body">` +
  paragraphs.map((p) => `<p>${p}</p>`).join('') +
  `</div></main></body></html>`

function shown(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html')
}

describe('patchPreviewDocument', () => {
  it('changes only the paragraph that was edited', () => {
    const doc = shown(page('Title', ['one', 'two', 'three']))
    const [first, second, third] = [...doc.querySelectorAll('.cd-body p')]
    const header = doc.querySelector('header')
    const changes = patchPreviewDocument(doc, page('Title', ['one', 'two!', 'three']))
    const after = [...doc.querySelectorAll('.cd-body p')]
    expect(after.map((p) => p.textContent)).toEqual(['one', 'two!', 'three'])
    expect(after[0]).toBe(first)
    expect(after[1]).toBe(second)
    expect(after[2]).toBe(third)
    expect(doc.querySelector('header')).toBe(header)
    expect(changes).toBe(1)
  })

  it('inserts and removes blocks without replacing their neighbours', () => {
    const doc = shown(page('Title', ['one', 'three']))
    const [first, last] = [...doc.querySelectorAll('.cd-body p')]
    patchPreviewDocument(doc, page('Title', ['one', 'two', 'three']))
    let after = [...doc.querySelectorAll('.cd-body p')]
    expect(after.map((p) => p.textContent)).toEqual(['one', 'two', 'three'])
    expect(after[0]).toBe(first)
    expect(after[2]).toBe(last)
    patchPreviewDocument(doc, page('Title', ['three']))
    after = [...doc.querySelectorAll('.cd-body p')]
    expect(after.map((p) => p.textContent)).toEqual(['three'])
    expect(after[0]).toBe(last)
  })

  it('follows changes to the title, the styles and the body attributes', () => {
    const doc = shown(page('Old', ['text']))
    const next = page('New', ['text'], 'body{margin:4px}').replace('cd-page', 'cd-page cd-wide')
    patchPreviewDocument(doc, next)
    expect(doc.title).toBe('New')
    expect(doc.querySelector('.cd-title')?.textContent).toBe('New')
    expect(doc.querySelector('style')?.textContent).toBe('body{margin:4px}')
    expect(doc.body.className).toBe('cd-page cd-wide')
  })

  it('reports no change for the same page', () => {
    const html = page('Same', ['a', 'b'])
    const doc = shown(html)
    expect(patchPreviewDocument(doc, html)).toBe(0)
  })

  it('ends with the same markup as a fresh load', () => {
    const doc = shown(page('A', ['x', 'y', 'z']))
    const target = page('B', ['<strong>x</strong>', 'z', 'new'], 'p{color:red}')
    patchPreviewDocument(doc, target)
    expect(doc.documentElement.outerHTML).toBe(shown(target).documentElement.outerHTML)
  })
})
