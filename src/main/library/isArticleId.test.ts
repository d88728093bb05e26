import { describe, expect, it } from 'vitest'
import { ArticleIdSchema } from '@shared/article/Article'
import { isArticleId } from './isArticleId'

describe('isArticleId', () => {
  it.each([
    'abcdef123456',
    'a1-b',
    'ab',
    '-abc',
    'ABC123',
    '../etc',
    'a'.repeat(64),
    'a'.repeat(65),
    '',
  ])('agrees with ArticleIdSchema on %j', (name) => {
    expect(isArticleId(name)).toBe(ArticleIdSchema.safeParse(name).success)
  })
})
