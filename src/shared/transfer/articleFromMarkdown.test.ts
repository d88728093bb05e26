import { describe, expect, it } from 'vitest'
import { articleFromMarkdown } from './articleFromMarkdown'
import { articleToMarkdownFile } from './articleToMarkdownFile'
import { docText } from '../article/docText'
import { ArticleMetaSchema } from '../article/Article'

const POST = `---
title: "Our new office: open"
slug: Our New Office
date: 2024-05-01T09:30:00Z
categories: [Company News, Other]
tags: [office, berlin]
description: We moved.
---

# Not the title

The team moved to **Berlin**.
`

describe('articleFromMarkdown', () => {
  it('takes title, slug, date, category, tags and excerpt from the front matter', () => {
    const { meta } = articleFromMarkdown('post.md', POST)
    expect(meta).toEqual({
      title: 'Our new office: open',
      slug: 'our-new-office',
      slugLocked: true,
      publishDate: '2024-05-01T09:30:00.000Z',
      category: 'Company News',
      tags: ['office', 'berlin'],
      excerpt: 'We moved.',
    })
  })

  it('uses a leading heading, then the file name, when the front matter has no title', () => {
    expect(articleFromMarkdown('x.md', '# Hello there\n\nBody').meta.title).toBe('Hello there')
    const { meta, doc } = articleFromMarkdown('2024-01-02-quarterly_results.md', 'Body text')
    expect(meta.title).toBe('Quarterly results')
    expect(docText(doc)).toContain('Body text')
  })

  it('reads TOML front matter and comma-separated tags', () => {
    const { meta } = articleFromMarkdown('a.md', '+++\ntitle = "T"\ntags = "a, b"\n+++\nx')
    expect(meta.title).toBe('T')
    expect(meta.tags).toEqual(['a', 'b'])
  })

  it('turns hostile links and raw HTML into text, never markup', () => {
    const md =
      '[click](javascript:alert(1)) <script>alert(2)</script>\n\n<img src=x onerror=alert(3)>'
    const json = JSON.stringify(articleFromMarkdown('a.md', md).doc)
    expect(json).not.toContain('"type":"link"')
    expect(json).not.toMatch(/"type":"image"/)
    expect(json).toContain('click')
  })

  it('points relative images at the images that came with the file', () => {
    const asset = `asset:${'a'.repeat(64)}.png`
    const { doc } = articleFromMarkdown('a.md', '![A chart](images/chart.png)', {
      imageSrc: (src) => (src === 'images/chart.png' ? asset : src),
    })
    expect(doc.content?.[0]).toMatchObject({ type: 'image', attrs: { src: asset, alt: 'A chart' } })
  })

  it('reads back what articleToMarkdownFile wrote', () => {
    const meta = ArticleMetaSchema.parse({
      id: 'abc123',
      title: 'Round: trip',
      slug: 'round-trip',
      category: 'News',
      tags: ['a'],
      excerpt: 'Short',
      publishDate: '2024-02-03T04:05:06.000Z',
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
    })
    const body = articleFromMarkdown('x.md', '## Part\n\nSome *text*.').doc
    const file = articleToMarkdownFile(meta, body, (src) => src)
    const back = articleFromMarkdown('other.md', file)
    expect(back.meta).toMatchObject({
      title: 'Round: trip',
      slug: 'round-trip',
      category: 'News',
      tags: ['a'],
      excerpt: 'Short',
      publishDate: '2024-02-03T04:05:06.000Z',
    })
    expect(back.doc).toEqual(body)
  })
})
