import { describe, expect, it } from 'vitest'
import { ArticleSummarySchema } from '@shared/article/Article'
import { isIndexEntry } from './libraryIndexFile'

const summary = {
  id: 'abcdef123456',
  title: 'Title',
  slug: 'title',
  status: 'draft',
  category: '',
  tags: ['a'],
  updatedAt: '2025-01-01T00:00:00.000Z',
  firstLine: 'First',
  wordCount: 3,
}

describe('isIndexEntry', () => {
  it('accepts a row whose summary ArticleSummarySchema accepts', () => {
    expect(ArticleSummarySchema.safeParse(summary).success).toBe(true)
    expect(isIndexEntry({ summary, mtimeMs: 1.5, size: 10 })).toBe(true)
  })

  it.each([
    ['a bad id', { ...summary, id: '../x' }],
    ['an unknown status', { ...summary, status: 'lost' }],
    ['a tag that is not text', { ...summary, tags: [1] }],
    ['a fractional word count', { ...summary, wordCount: 1.5 }],
    ['a missing title', { ...summary, title: undefined }],
  ])('refuses a summary with %s, as the schema does', (_case, bad) => {
    expect(ArticleSummarySchema.safeParse(bad).success).toBe(false)
    expect(isIndexEntry({ summary: bad, mtimeMs: 1, size: 10 })).toBe(false)
  })

  it('refuses a row without its file stamp', () => {
    expect(isIndexEntry({ summary })).toBe(false)
  })
})
