import { describe, expect, it } from 'vitest'
import { makePng } from '../../../tests/fixtures/makePng'
import { looksLikeSvg, sniffImageType } from './sniffImageType'

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)))

describe('sniffImageType', () => {
  it.each([
    ['png', makePng(4, 4)],
    ['jpg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF')],
    ['gif', bytes('GIF89a', [1, 0, 1, 0])],
    ['webp', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')],
    ['avif', bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0], 'mif1miaf')],
    ['avif', bytes([0, 0, 0, 0x18], 'ftypmif1', [0, 0, 0, 0], 'avif')],
  ])('recognises %s from its bytes', (ext, data) => {
    expect(sniffImageType(data)?.ext).toBe(ext)
  })

  it.each([
    ['text', bytes('hello, this is not an image')],
    ['a PDF', bytes('%PDF-1.7')],
    ['an mp4', bytes([0, 0, 0, 0x18], 'ftypisom', [0, 0, 0, 0], 'mp41')],
    ['nothing', new Uint8Array()],
  ])('refuses %s', (_name, data) => {
    expect(sniffImageType(data)).toBeNull()
  })
})

describe('looksLikeSvg', () => {
  it('sees an SVG document behind a prolog and comments', () => {
    const svg = '\uFEFF<?xml version="1.0"?>\n<!-- logo -->\n<!DOCTYPE svg>\n<svg xmlns="x"></svg>'
    expect(looksLikeSvg(Buffer.from(svg))).toBe(true)
  })

  it('does not mistake other text for SVG', () => {
    expect(looksLikeSvg(Buffer.from('<html><svg></svg></html>'))).toBe(false)
  })
})
