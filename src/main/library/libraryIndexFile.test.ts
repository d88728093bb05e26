import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ArticleSummarySchema } from '@shared/article/Article'
import type { IndexEntry } from './LibraryIndex'
import { isIndexEntry, readIndexRows, writeIndexFile } from './libraryIndexFile'

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

describe('writeIndexFile', () => {
  it.each([0, 1, 40_000])(
    'writes %i rows, made and written a slice at a time, as JSON that reads back whole',
    async (count) => {
      const dir = await mkdtemp(join(tmpdir(), 'copydesk-index-file-'))
      try {
        const entries: IndexEntry[] = Array.from({ length: count }, (_, i) => ({
          summary: {
            ...summary,
            id: `article-${i}`,
            title: `Title ${i}`,
            status: 'draft',
            changedSincePublish: false,
            changedSinceApproval: false,
          },
          mtimeMs: i,
          size: 100 + i,
        }))
        const path = join(dir, 'index.json')
        await writeIndexFile(path, entries)
        const text = await readFile(path, 'utf8')
        expect(JSON.parse(text).articles).toEqual(entries)
        expect(text.split('\n')).toHaveLength(count + 2)
        const rows = await readIndexRows(path, count + 1)
        expect(rows?.first).toEqual(entries)
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    },
  )
})
