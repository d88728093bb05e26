import { describe, expect, it } from 'vitest'
import { doc, meta, paragraph } from '../testing/previewFixture'
import { themeVariablesFor } from './themeVariablesFor'

const site = { name: 'Harbour News', url: 'https://news.example.com', navigation: [] }
const now = new Date('2026-11-29T10:00:00Z')
const base = {
  site,
  content: '',
  themeUrl: '/themes/site-1',
  imageUrl: (src: string) => (src.startsWith('asset:') ? `/media/a/${src.slice(6)}` : null),
  now,
}

describe('themeVariablesFor', () => {
  it('builds the breadcrumb Home > Category with links on the site', () => {
    const vars = themeVariablesFor({ ...base, meta: meta(), doc: doc() })
    expect(vars.breadcrumb).toEqual([
      { label: 'Home', url: 'https://news.example.com' },
      { label: 'Industry Insights', url: 'https://news.example.com/category/industry-insights/' },
    ])
    expect(vars.category).toBe('Industry Insights')
  })

  it('has only Home without a category', () => {
    const vars = themeVariablesFor({ ...base, meta: meta({ category: '  ' }), doc: doc() })
    expect(vars.breadcrumb).toEqual([{ label: 'Home', url: 'https://news.example.com' }])
  })

  it('dates an undated draft today, and counts reading time from the body', () => {
    const words = Array.from({ length: 700 }, () => 'word').join(' ')
    const vars = themeVariablesFor({
      ...base,
      meta: meta({ publishDate: null }),
      doc: doc(paragraph(words)),
    })
    expect(vars.article.date).toBe('2026-11-29T10:00:00.000Z')
    expect(vars.article.date_formatted).toBe('November 29, 2026')
    expect(vars.article.reading_minutes).toBe(3)
  })

  it('maps the featured image like body images, and drops one it cannot show', () => {
    const shown = themeVariablesFor({
      ...base,
      meta: meta({ featuredImage: { src: 'asset:f.png', alt: 'Quay' } }),
      doc: doc(),
    })
    expect(shown.featured_image).toEqual({ url: '/media/a/f.png', alt: 'Quay' })
    expect(shown.article.featured_image).toEqual(shown.featured_image)
    const dropped = themeVariablesFor({
      ...base,
      meta: meta({ featuredImage: { src: 'ftp://x/f.png', alt: '' } }),
      doc: doc(),
    })
    expect(dropped.featured_image).toBeNull()
  })
})
