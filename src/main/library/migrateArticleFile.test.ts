import { describe, expect, it } from 'vitest'
import { CorruptArticleError } from './CorruptArticleError'
import { migrateArticleFile } from './migrateArticleFile'

describe('migrateArticleFile', () => {
  it('passes current files through', () => {
    expect(migrateArticleFile({ schema: 1, meta: {} })).toEqual({ schema: 1, meta: {} })
  })

  it('runs each step from an older version up to the current one', () => {
    const steps = {
      1: (raw: Record<string, unknown>) => ({ ...raw, tags: [] }),
      2: (raw: Record<string, unknown>) => ({ ...raw, renamed: raw.title }),
    }
    expect(migrateArticleFile({ schema: 1, title: 't' }, steps, 3)).toEqual({
      schema: 3,
      title: 't',
      tags: [],
      renamed: 't',
    })
  })

  it('refuses a file from a newer Copydesk, saying so', () => {
    expect(() => migrateArticleFile({ schema: 2 })).toThrow(/made by a newer Copydesk/)
  })

  it.each([[null], [[1, 2]], ['text'], [{ meta: {} }], [{ schema: '1' }], [{ schema: 0 }]])(
    'refuses %j as not article data',
    (raw) => {
      expect(() => migrateArticleFile(raw)).toThrow(CorruptArticleError)
    },
  )

  it('refuses an old version no step can read', () => {
    expect(() => migrateArticleFile({ schema: 1 }, {}, 2)).toThrow(/can no longer read/)
  })
})
