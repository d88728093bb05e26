import { describe, expect, it } from 'vitest'
import { applyGitPreset, newGitTargetConfig } from '@shared/sites/gitPresets'
import { newsArticle } from '../../../../tests/peers/gitSite'
import { presetChecks } from './presetChecks'

describe('presetChecks', () => {
  const astro = applyGitPreset(newGitTargetConfig(), 'astro')

  it('Astro: an article with no excerpt is refused, saying what to write', () => {
    const checks = presetChecks(astro, newsArticle({ title: 'Crane', excerpt: '' }))
    expect(checks).toEqual([
      {
        level: 'error',
        code: 'missing-description',
        message: expect.stringContaining('Write an excerpt'),
      },
    ])
  })

  it('Astro: an excerpt or an SEO description is enough', () => {
    expect(presetChecks(astro, newsArticle({ title: 'Crane', excerpt: 'Short.' }))).toEqual([])
    expect(presetChecks(astro, newsArticle({ title: 'Crane', seoDescription: 'Short.' }))).toEqual(
      [],
    )
  })

  it('Hugo requires nothing more', () => {
    expect(
      presetChecks(newGitTargetConfig(), newsArticle({ title: 'Crane', excerpt: '' })),
    ).toEqual([])
  })

  it('a required field whose key was emptied is named too', () => {
    const noKey = { ...astro, keys: { ...astro.keys, description: '' } }
    const [check] = presetChecks(noKey, newsArticle({ title: 'Crane', excerpt: 'Short.' }))
    expect(check?.message).toContain('front matter key empty')
  })
})
