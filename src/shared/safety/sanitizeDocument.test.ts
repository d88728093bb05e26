import { describe, expect, it } from 'vitest'
import type { ArticleMeta, DocNode } from '../article/Article'
import { removedUrlsMessage } from './RemovedUrls'
import { sanitizeArticleFile, sanitizeDocument } from './sanitizeDocument'

const text = (value: string, href?: string): DocNode => ({
  type: 'text',
  text: value,
  ...(href === undefined ? {} : { marks: [{ type: 'link', attrs: { href } }] }),
})
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content })
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content })
const image = (src: string, alt = '', caption = ''): DocNode => ({
  type: 'image',
  attrs: { src, alt, caption, title: null, width: null, height: null },
})

describe('sanitizeDocument', () => {
  it('keeps a document with allowed URLs as it is', () => {
    const input = doc(
      p(text('site', 'https://example.com'), text(' '), text('top', '#top')),
      image(`asset:${'b'.repeat(64)}.jpg`, 'Quay'),
    )
    const { doc: out, removed } = sanitizeDocument(input)
    expect(out).toBe(input)
    expect(removed).toEqual({ links: 0, images: 0 })
  })

  it('takes out unsafe link targets and keeps their words', () => {
    const input = doc(
      p(
        text('one', 'vbscript:msgbox(1)'),
        text(' two', '\\\\attacker.example\\share'),
        text(' three', 'ms-msdt:/id PCWDiagnostic'),
        text(' four', 'search-ms:query=x'),
        text(' five', 'file:///etc/passwd'),
      ),
    )
    const { doc: out, removed } = sanitizeDocument(input)
    expect(out).toEqual(
      doc(p(text('one'), text(' two'), text(' three'), text(' four'), text(' five'))),
    )
    expect(removed).toEqual({ links: 5, images: 0 })
  })

  it('turns an image with an unsafe source into its words, in blocks and inline', () => {
    const input = doc(
      image('javascript:alert(1)', 'Chart', 'Sales by year'),
      image('data:text/html,<script>alert(1)</script>'),
      p(text('before '), image('file:///etc/passwd', 'secret'), text(' after')),
    )
    const { doc: out, removed } = sanitizeDocument(input)
    expect(out).toEqual(
      doc(p(text('Chart — Sales by year')), p(text('before '), text('secret'), text(' after'))),
    )
    expect(removed).toEqual({ links: 0, images: 3 })
  })

  it('does not change its input', () => {
    const input = doc(p(text('x', 'javascript:alert(1)')))
    const copy = structuredClone(input)
    sanitizeDocument(input)
    expect(input).toEqual(copy)
  })
})

describe('sanitizeArticleFile', () => {
  it('takes out a featured image with a file: source', () => {
    const meta = { featuredImage: { src: 'file:///etc/passwd', alt: 'x' } } as ArticleMeta
    const { file, removed } = sanitizeArticleFile({ meta, doc: doc() })
    expect(file.meta.featuredImage).toBeNull()
    expect(removed).toEqual({ links: 0, images: 0, featuredImage: true })
  })
})

describe('removedUrlsMessage', () => {
  it('says once what was taken out', () => {
    expect(removedUrlsMessage({ links: 2, images: 0 })).toBe(
      '2 links were removed: unsafe targets. Their words were kept.',
    )
    expect(removedUrlsMessage({ links: 1, images: 1 })).toBe(
      '1 link and 1 image were removed: unsafe targets. Their words were kept.',
    )
    expect(removedUrlsMessage({ links: 0, images: 2, featuredImage: true })).toBe(
      '2 images and the featured image were removed: unsafe targets. Their words were kept.',
    )
    expect(removedUrlsMessage({ links: 0, images: 0, featuredImage: true })).toBe(
      'The featured image was removed: unsafe target.',
    )
    expect(removedUrlsMessage({ links: 0, images: 0 })).toBeNull()
  })
})
