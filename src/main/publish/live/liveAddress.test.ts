import { describe, expect, it } from 'vitest'
import type { PublicationRecord } from '@shared/publish/PublicationRecord'
import { SiteProfileSchema } from '@shared/sites/SiteProfile'
import { liveAddress } from './liveAddress'

const site = SiteProfileSchema.parse({
  id: 'site-news',
  name: 'Newsroom',
  url: 'https://news.example.com/',
  target: {
    kind: 'wordpress',
    siteUrl: 'https://cms.example.org',
    username: 'editor',
  },
})

const record = (patch: Partial<PublicationRecord>): PublicationRecord => ({
  siteId: site.id,
  kind: 'wordpress',
  state: 'published',
  remoteId: '12',
  url: 'https://news.example.com/2026/harbour/',
  path: null,
  contentHash: 'h',
  publishedAt: '2026-06-01T12:00:00.000Z',
  extra: {},
  ...patch,
})

describe('liveAddress', () => {
  it('watches a published post on the public address or the address given for the target', () => {
    expect(liveAddress(site, record({}))).toBe('https://news.example.com/2026/harbour/')
    expect(liveAddress(site, record({ url: 'https://CMS.example.org/?p=12' }))).toBe(
      'https://cms.example.org/?p=12',
    )
  })

  it('does not visit a host the person never gave, whatever the site answered', () => {
    expect(liveAddress(site, record({ url: 'http://192.168.1.20/harbour/' }))).toBeNull()
    expect(liveAddress(site, record({ url: 'https://news.example.com.evil.test/x' }))).toBeNull()
    expect(liveAddress(site, record({ url: 'file:///etc/passwd' }))).toBeNull()
  })

  it('does not watch what visitors cannot see: private, drafts, scheduled, no address', () => {
    expect(liveAddress(site, record({ extra: { private: true } }))).toBeNull()
    expect(liveAddress(site, record({ state: 'draft' }))).toBeNull()
    expect(liveAddress(site, record({ state: 'scheduled' }))).toBeNull()
    expect(liveAddress(site, record({ url: null }))).toBeNull()
  })
})
