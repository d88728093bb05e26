import { describe, expect, it } from 'vitest'
import { WebhookTargetConfigSchema } from '@shared/sites/targets'
import type { SiteDraft } from '@shared/sites/SiteProfile'
import { cleanSiteDraft, hasErrors, isWebAddress, validateSiteDraft } from './validateSiteDraft'

const draft = (patch: Partial<SiteDraft> = {}): SiteDraft => ({
  name: 'Harbour Times',
  url: 'https://news.example.com/',
  categories: ['Business'],
  navigation: [],
  theme: { kind: 'builtin', id: 'newsroom' },
  target: null,
  ...patch,
})

describe('validateSiteDraft', () => {
  it('accepts a complete site', () => {
    expect(hasErrors(validateSiteDraft(draft()))).toBe(false)
  })

  it('asks for a name', () => {
    expect(validateSiteDraft(draft({ name: '   ' })).name).toMatch(/name/)
  })

  it('wants an http(s) address with a host', () => {
    expect(validateSiteDraft(draft({ url: '' })).url).toBeDefined()
    expect(validateSiteDraft(draft({ url: 'news.example.com' })).url).toMatch(/https:\/\//)
    expect(validateSiteDraft(draft({ url: 'ftp://news.example.com' })).url).toBeDefined()
    expect(validateSiteDraft(draft({ url: 'javascript:alert(1)' })).url).toBeDefined()
    expect(validateSiteDraft(draft({ url: ' http://localhost:8080/ ' })).url).toBeUndefined()
  })

  it('checks navigation rows and ignores empty ones', () => {
    const errors = validateSiteDraft(
      draft({
        navigation: [
          { label: 'News', url: '/news' },
          { label: '', url: '' },
          { label: 'Shop', url: 'shop' },
          { label: '', url: 'https://example.com/' },
        ],
      }),
    )
    expect(errors.navigation).toEqual({
      2: expect.stringMatching(/web address/),
      3: expect.stringMatching(/label/),
    })
  })

  it('checks the publish target’s address', () => {
    const errors = validateSiteDraft(
      draft({
        target: WebhookTargetConfigSchema.parse({ kind: 'webhook', url: 'not an address' }),
      }),
    )
    expect(errors.target).toMatch(/webhook address/)
  })
})

describe('cleanSiteDraft', () => {
  it('trims and drops empty navigation rows', () => {
    const clean = cleanSiteDraft(
      draft({
        name: ' Harbour ',
        navigation: [
          { label: ' News ', url: ' /news ' },
          { label: ' ', url: '' },
        ],
      }),
    )
    expect(clean.name).toBe('Harbour')
    expect(clean.navigation).toEqual([{ label: 'News', url: '/news' }])
  })
})

describe('isWebAddress', () => {
  it('knows web addresses', () => {
    expect(isWebAddress('https://a.example/')).toBe(true)
    expect(isWebAddress('mailto:a@example.com')).toBe(false)
    expect(isWebAddress('/relative')).toBe(false)
  })
})
