import { describe, expect, it } from 'vitest'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { serializePerSite } from './serializePerSite'
import { FakeTarget } from './testing/FakeTarget'

const site = { id: 'wp', name: 'WP' } as SiteProfile

describe('serializePerSite', () => {
  it('passes every member on, the category list included', async () => {
    const inner = new FakeTarget()
    inner.siteTerms = { categories: ['Industry Insights'], tags: ['ports'] }
    const wrapped = serializePerSite(inner)
    expect(Object.keys(wrapped).sort()).toEqual(
      ['check', 'plan', 'publish', 'terms', 'testConnection', 'unpublish'].sort(),
    )
    expect(await wrapped.terms(site, async () => null)).toEqual(inner.siteTerms)
  })
})
