import { describe, expect, test } from 'vitest'
import { foreignBlocks, hasBlocks } from './wordpressBlocks'

describe('WordPress blocks of a post body', () => {
  test('names the blocks the editor has no node for, once each', () => {
    const body = [
      '<!-- wp:paragraph --><p>a</p><!-- /wp:paragraph -->',
      '<!-- wp:gallery {"linkTo":"none"} --><figure></figure><!-- /wp:gallery -->',
      '<!-- wp:embed {"url":"x"} --><figure></figure><!-- /wp:embed -->',
      '<!-- wp:core/gallery --><figure></figure><!-- /wp:core/gallery -->',
      '<!-- wp:jetpack/map /-->',
    ].join('\n')
    expect(foreignBlocks(body)).toEqual(['gallery', 'embed', 'jetpack/map'])
  })

  test('plain text blocks and classic posts have none to lose', () => {
    expect(foreignBlocks('<!-- wp:heading --><h2>x</h2><!-- /wp:heading -->')).toEqual([])
    expect(hasBlocks('<p>A classic post</p>')).toBe(false)
  })
})
