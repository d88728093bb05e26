import { describe, expect, it } from 'vitest'
import { unicodeSlug, unicodeSlugNote } from './unicodeSlug'

describe('unicodeSlug', () => {
  it('keeps a Japanese title with kanji for targets that accept Unicode', () => {
    expect(unicodeSlug({ title: '東京の港、新航路を開く', slugLocked: false })).toBe(
      '東京の港-新航路を開く',
    )
  })

  it('is not needed when every target can use the romanised slug', () => {
    expect(unicodeSlug({ title: 'Привет, мир', slugLocked: false })).toBeNull()
    expect(unicodeSlug({ title: '北京欢迎你', slugLocked: false })).toBeNull()
  })

  it('never overrides a slug set by hand', () => {
    expect(unicodeSlug({ title: '東京の港', slugLocked: true })).toBeNull()
  })

  it('tells the writer in the Slug field which address each kind of site gets', () => {
    expect(unicodeSlugNote({ title: '東京の港', slugLocked: false })).toBe(
      'WordPress sites get “東京の港”. Kanji cannot be romanised here, so other sites get this address.',
    )
    expect(unicodeSlugNote({ title: 'Harbour', slugLocked: false })).toBeNull()
  })
})
