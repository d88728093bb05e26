import { describe, expect, it } from 'vitest'
import { ArticleMetaPatchSchema } from './Article'

describe('ArticleMetaPatchSchema', () => {
  it('keeps only the fields a patch names, so a save never resets the others', () => {
    expect(ArticleMetaPatchSchema.parse({ seoTitle: 'Harbour' })).toEqual({ seoTitle: 'Harbour' })
  })

  it('still checks the fields it is given', () => {
    expect(ArticleMetaPatchSchema.safeParse({ status: 'gone' }).success).toBe(false)
    expect(ArticleMetaPatchSchema.safeParse({ tags: ['x'.repeat(101)] }).success).toBe(false)
  })
})
