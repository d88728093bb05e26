import { describe, expect, it } from 'vitest'
import type { PublicationRecord } from './PublicationRecord'
import { slugOutcome } from './slugOutcome'

const git = (slug: string): PublicationRecord => ({
  siteId: 'news',
  kind: 'git',
  state: 'published',
  remoteId: null,
  url: `https://news.example.com/posts/${slug}/`,
  path: `content/posts/${slug}.md`,
  contentHash: 'x',
  publishedAt: '2026-05-04T08:00:00Z',
  extra: { slug },
})

describe('slugOutcome', () => {
  it('says nothing before the first publish', () => {
    expect(slugOutcome({ slug: 'a', slugLocked: false }, {})).toBeNull()
  })

  it('on a git site, a slug that follows a new title does not move the post: it says so', () => {
    const text = slugOutcome({ slug: 'new-title', slugLocked: false }, { news: git('old-title') })
    expect(text).toBe(
      'Publishing keeps the published address “old-title”. Edit the slug to move the post.',
    )
  })

  it('a slug set by hand moves the post, and says from where', () => {
    const text = slugOutcome({ slug: 'moved', slugLocked: true }, { news: git('old-title') })
    expect(text).toContain('moves the post from “old-title”')
  })

  it('a removed publication counts as not published', () => {
    const removed = { ...git('old'), state: 'removed' as const }
    expect(slugOutcome({ slug: 'new', slugLocked: false }, { news: removed })).toBeNull()
  })
})
