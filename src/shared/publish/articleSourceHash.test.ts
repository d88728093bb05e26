import { describe, expect, it } from 'vitest'
import type { ArticleMeta, DocNode } from '../article/Article'
import { articleSourceHash } from './articleSourceHash'

const meta: ArticleMeta = {
  id: 'abcdef123456',
  title: 'Ferry to Tromsø “on time”',
  slug: 'ferry-to-tromso',
  slugLocked: false,
  excerpt: '',
  category: 'News',
  tags: ['ports', 'ferries'],
  author: 'Ana',
  publishDate: null,
  featuredImage: { src: 'https://example.com/f.jpg', alt: 'A ferry' },
  seoTitle: '',
  seoDescription: '',
  status: 'approved',
  siteId: null,
  createdAt: '2025-01-01T10:00:00.000Z',
  updatedAt: '2025-01-01T10:00:00.000Z',
}
const doc: DocNode = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Sailing at 9 🚢' }] }],
}

describe('articleSourceHash', () => {
  it('gives the fingerprint stored publications and approvals already carry', () => {
    expect(articleSourceHash(meta, doc)).toBe('f0f746cf16c392c5')
  })

  it('gives the same fingerprint from the JSON of the document a save already made', () => {
    expect(articleSourceHash(meta, doc, JSON.stringify(doc))).toBe(articleSourceHash(meta, doc))
  })
})
