import { afterEach, describe, expect, it } from 'vitest'
import { applyLanguage } from '@shared/i18n/i18n'
import type { Article, DocNode } from '@shared/article/Article'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { articleSourceHash } from '@shared/publish/articleSourceHash'
import { commonChecks } from './commonChecks'

const now = new Date('2025-03-01T09:00:00.000Z')

const site: SiteProfile = {
  id: 'news-site',
  name: 'Acme News',
  url: 'https://news.example.com/',
  categories: ['Industry Insights'],
  navigation: [],
  theme: { kind: 'builtin', id: 'newsroom' },
  target: {
    kind: 'webhook',
    url: 'https://hooks.example.com/',
    signatureHeader: 'X-Copydesk-Signature',
    images: 'inline',
    imageBaseUrl: '',
  },
}

function article(meta: Partial<Article['meta']> = {}, images: string[] = []): Article {
  return {
    meta: {
      id: 'abc123def456',
      title: 'Harbour expansion',
      slug: 'harbour-expansion',
      slugLocked: false,
      excerpt: '',
      category: 'Industry Insights',
      tags: [],
      author: '',
      publishDate: null,
      featuredImage: null,
      seoTitle: '',
      seoDescription: '',
      status: 'approved',
      siteId: site.id,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      ...meta,
    },
    doc: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Three new berths.' }] },
        ...images.map((alt): DocNode => ({
          type: 'image',
          attrs: { src: 'https://x.test/a.png', alt },
        })),
      ],
    },
    history: [],
    publications: {},
    version: 0,
  }
}

const codes = (a: Article, s: SiteProfile = site): string[] =>
  commonChecks(a, s, now).map((c) => `${c.level}:${c.code}`)

describe('commonChecks', () => {
  it('passes a complete article', () => {
    expect(codes(article())).toEqual([])
  })

  it('blocks a slug that could leave its folder or break a URL', () => {
    expect(codes(article({ slug: '../../etc/passwd' }))).toEqual(['error:unsafe-slug'])
    expect(codes(article({ slug: '' }))).toEqual(['error:missing-slug'])
  })

  it('warns about images without alt text and an unknown category', () => {
    expect(codes(article({ category: 'Gossip' }, ['A berth', '', '  ']))).toEqual([
      'warning:image-alt',
      'warning:unknown-category',
    ])
  })

  it('notes a future date as scheduled, and blocks a site without publishing', () => {
    const future = article({ publishDate: '2025-04-01T08:00:00.000Z' })
    expect(commonChecks(future, site, now).at(-1)?.message).toContain('Scheduled')
    expect(codes(article(), { ...site, target: null })).toEqual(['error:no-target'])
  })
})

describe('review gate', () => {
  it('a site that needs approval refuses a draft, and says who can help', () => {
    const gated = { ...site, requireApproval: true }
    const checks = commonChecks(article({ status: 'draft' }), gated, now)
    expect(checks).toContainEqual(
      expect.objectContaining({ level: 'error', code: 'needs-approval' }),
    )
    expect(commonChecks(article({ status: 'approved' }), gated, now)).not.toContainEqual(
      expect.objectContaining({ code: 'needs-approval' }),
    )
  })

  it('elsewhere an article nobody approved is a question, not a block', () => {
    const checks = commonChecks(article({ status: 'in_review' }), site, now)
    expect(checks).toContainEqual({
      level: 'warning',
      code: 'not-approved',
      message: 'This article is still in review. Publish it all the same?',
    })
  })

  it('an article edited after approval is asked about, and refused where approval is required', () => {
    const approved = article({ status: 'approved' })
    const stamp = {
      sourceHash: articleSourceHash(approved.meta, approved.doc),
      at: now.toISOString(),
    }
    expect(commonChecks({ ...approved, approval: stamp }, site, now)).not.toContainEqual(
      expect.objectContaining({ code: 'not-approved' }),
    )
    const edited = { ...approved, approval: stamp, meta: { ...approved.meta, excerpt: 'Changed' } }
    expect(commonChecks(edited, site, now)).toContainEqual(
      expect.objectContaining({ level: 'warning', code: 'not-approved' }),
    )
    const gated = { ...site, requireApproval: true }
    const refused = commonChecks(edited, gated, now).find((c) => c.code === 'needs-approval')
    expect(refused?.level).toBe('error')
    expect(refused?.message).toContain('changed after it was approved')
  })
})

describe('commonChecks in the chosen language', () => {
  afterEach(() => applyLanguage('en', ['en-US']))

  const messages = (a: Article): string[] => commonChecks(a, site, now).map((c) => c.message)

  it('counts images without alt text in German, with German plural and digit grouping', () => {
    applyLanguage('de', ['de-DE'])
    expect(messages(article({}, ['', '']))).toContain(
      '2 Bilder haben keine Beschreibung (Alternativtext); wer einen Screenreader nutzt, erfährt nichts davon.',
    )
    expect(messages(article({}, ['']))[0]).toMatch(/^1 Bild hat keine Beschreibung/)
  })

  it('writes the scheduled date the German way', () => {
    applyLanguage('de', ['de-DE'])
    const later = article({ publishDate: new Date(2025, 2, 14, 9, 30).toISOString() })
    expect(messages(later)).toEqual(['Geplant: Der Artikel erscheint am 14. März 2025 um 09:30.'])
  })

  it('speaks English by default', () => {
    expect(messages(article({ title: '' }))).toEqual(['Give the article a title.'])
  })
})
