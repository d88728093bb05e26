import { afterEach, describe, expect, it } from 'vitest'
import { applyLanguage } from '@shared/i18n/i18n'
import { makeWxr } from '../../../../tests/fixtures/wxr/makeWxr'
import { MAX_WXR_ITEMS, parseWxr } from './parseWxr'
import { wxrPosts } from './wxrPosts'

const EXPORT = makeWxr([
  {
    id: 10,
    title: 'Quay opens',
    body: '<!-- wp:paragraph --><p>Ships <strong>arrive</strong>.</p><!-- /wp:paragraph -->',
    categories: ['Industry Insights', 'News'],
    tags: ['port', 'quay'],
    thumbnailId: 30,
  },
  { id: 11, title: 'About us', type: 'page' },
  { id: 12, title: 'Next plans', status: 'draft' },
  { id: 13, title: 'Old news', status: 'trash' },
  { id: 14, title: 'Home', type: 'nav_menu_item' },
  {
    id: 30,
    title: 'quay.png',
    type: 'attachment',
    status: 'inherit',
    attachmentUrl: 'http://127.0.0.1:9/quay.png',
  },
])

afterEach(() => applyLanguage('en', ['en-US']))

describe('wxrPosts', () => {
  it('takes posts, pages and drafts with their details and featured image', () => {
    const { posts } = wxrPosts(parseWxr(EXPORT, 'site.xml'))
    expect(posts.map((p) => p.meta.title)).toEqual(['Quay opens', 'About us', 'Next plans'])
    expect(posts[0]).toEqual({
      sourceName: '“Quay opens” (post 10)',
      meta: {
        title: 'Quay opens',
        slug: 'quay-opens',
        slugLocked: true,
        publishDate: '2024-05-01T09:30:00.000Z',
        category: 'Industry Insights',
        tags: ['port', 'quay'],
        author: 'Erin Editor',
      },
      html: '<!-- wp:paragraph --><p>Ships <strong>arrive</strong>.</p><!-- /wp:paragraph -->',
      featuredImageUrl: 'http://127.0.0.1:9/quay.png',
    })
  })

  it('lists what it leaves out and why', () => {
    const { skipped } = wxrPosts(parseWxr(EXPORT, 'site.xml'))
    expect(skipped).toEqual([
      { sourceName: '“Old news” (post 13)', reason: 'it is in the WordPress trash' },
      { sourceName: '“Home” (nav_menu_item 14)', reason: 'it is not a post or a page' },
    ])
  })

  it('lists what it leaves out and why in German', () => {
    applyLanguage('de', ['de-DE'])
    const { skipped } = wxrPosts(parseWxr(EXPORT, 'site.xml'))
    expect(skipped).toEqual([
      { sourceName: '„Old news“ (post 13)', reason: 'Im WordPress-Papierkorb' },
      { sourceName: '„Home“ (nav_menu_item 14)', reason: 'Weder Beitrag noch Seite' },
    ])
  })

  it('says where broken XML breaks, and expands no entities', () => {
    const broken = EXPORT.replace('</title>', '')
    expect(() => parseWxr(broken, 'site.xml')).toThrow(
      /“site.xml” is not a readable WordPress export: its XML is broken at line \d+\./,
    )
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><title>&b;</title></item></channel></rss>`
    expect(() => parseWxr(laughs, 'laughs.xml')).toThrow(/its XML is broken/)
    expect(() => parseWxr('<html><body>hi</body></html>', 'page.xml')).toThrow(
      '“page.xml” is not a WordPress export (no <channel>).',
    )
  })

  it('refuses an export with more items than it takes, saying what to do', () => {
    const many = makeWxr(
      Array.from({ length: MAX_WXR_ITEMS + 1 }, (_, i) => ({ id: i, title: `P${i}` })),
    )
    expect(() => parseWxr(many, 'huge.xml')).toThrow(
      /holds more than 20,000 items\. Export the site/,
    )
  })

  it('reads 10,000 items', () => {
    const many = makeWxr(Array.from({ length: 10_000 }, (_, i) => ({ id: i, title: `Post ${i}` })))
    expect(wxrPosts(parseWxr(many, 'big.xml')).posts).toHaveLength(10_000)
  })
})
