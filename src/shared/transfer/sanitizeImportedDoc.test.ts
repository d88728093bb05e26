import { describe, expect, it } from 'vitest'
import { unknownTypeName, type DocMark, type DocNode } from '../article/Article'
import { doc, p, text } from '../render/testing/docBuilders'
import { sanitizeImportedDoc } from './sanitizeImportedDoc'

const link = (href: string): DocMark => ({ type: 'link', attrs: { href } })
const image = (src: string): DocNode => ({ type: 'image', attrs: { src, alt: '' } })
const ASSET = `asset:${'b'.repeat(64)}.png`

describe('sanitizeImportedDoc', () => {
  it('keeps safe links and drops unsafe ones to their text', () => {
    const input = doc(p(text('ok', link('https://example.com')), text('bad', link('javascript:x'))))
    const { doc: out, notes } = sanitizeImportedDoc(input, new Set())
    expect(out).toEqual(doc(p(text('ok', link('https://example.com')), text('bad'))))
    expect(notes).toEqual(['1 unsafe link kept as plain text'])
  })

  it('keeps web images and the file’s own assets, drops everything else', () => {
    const other = `asset:${'c'.repeat(64)}.png`
    const input = doc(image('https://x.test/a.png'), image(ASSET), image(other), image('data:x'))
    const { doc: out } = sanitizeImportedDoc(input, new Set([ASSET]))
    expect(out.content?.map((n) => n.attrs?.src)).toEqual(['https://x.test/a.png', ASSET])
  })

  it('unwraps unknown node types and never returns an empty document', () => {
    const input = doc({ type: unknownTypeName('script'), content: [p(text('kept'))] })
    expect(sanitizeImportedDoc(input, new Set()).doc).toEqual(doc(p(text('kept'))))
    expect(sanitizeImportedDoc(doc(), new Set()).doc).toEqual(doc(p()))
  })
})
