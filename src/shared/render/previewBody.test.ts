import { describe, expect, it } from 'vitest'
import type { DocNode } from '../article/Article'
import { renderHtml } from './index'
import {
  PREVIEW_BODY_END,
  PREVIEW_BODY_START,
  renderPreviewBody,
  replacePreviewBody,
} from './previewBody'

const marked = (body: string) => `${PREVIEW_BODY_START}${body}${PREVIEW_BODY_END}`

describe('replacePreviewBody', () => {
  it('swaps every marked body and keeps the markers for the next swap', () => {
    const page = `<main>${marked('<p>old</p>')}</main><aside>${marked('<p>old</p>')}</aside>`
    const once = replacePreviewBody(page, '<p>new</p>')
    expect(once).toBe(`<main>${marked('<p>new</p>')}</main><aside>${marked('<p>new</p>')}</aside>`)
    expect(replacePreviewBody(once ?? '', '<p>newer</p>')).toContain(marked('<p>newer</p>'))
  })

  it('gives up on a page without a whole marked body', () => {
    expect(replacePreviewBody('<p>error page</p>', '<p>x</p>')).toBeNull()
    expect(replacePreviewBody(`<div>${PREVIEW_BODY_START}<p>cut`, '<p>x</p>')).toBeNull()
  })
})

describe('renderPreviewBody', () => {
  it('is the shared renderer with images through the media route', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Hello' }] },
        { type: 'image', attrs: { src: `asset:${'a'.repeat(64)}.png`, alt: 'A', caption: '' } },
        { type: 'image', attrs: { src: 'javascript:alert(1)', alt: 'B', caption: '' } },
      ],
    }
    const html = renderPreviewBody('article-1', doc)
    expect(html).toContain(`src="/media/article-1/${'a'.repeat(64)}.png"`)
    expect(html).not.toContain('javascript:')
    expect(html.startsWith(renderHtml({ type: 'doc', content: doc.content?.slice(0, 1) }))).toBe(
      true,
    )
  })
})
