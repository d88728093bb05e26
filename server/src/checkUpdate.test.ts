import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ArticleFile } from '@shared/article/Article'
import { checkUpdate } from '@shared/team/checkUpdate'
import { inspectUpdate } from '@shared/team/inspectUpdate'
import { readArticleFromYDoc } from '@shared/team/readArticleFromYDoc'
import type { TeamRole } from '@shared/team/TeamRole'
import { writeArticleToYDoc } from '@shared/team/writeArticleToYDoc'
import { documentSchema } from './documentSchema'

const schema = documentSchema()
const NOW = '2026-12-04T10:00:00.000Z'

const article: ArticleFile = {
  schema: 1,
  meta: {
    id: 'quarterly-results',
    title: 'Quarterly results',
    slug: 'quarterly-results',
    slugLocked: false,
    excerpt: '',
    category: 'Industry Insights',
    tags: ['results'],
    author: 'Ada',
    publishDate: null,
    featuredImage: null,
    seoTitle: '',
    seoDescription: '',
    status: 'in_review',
    siteId: null,
    createdAt: NOW,
    updatedAt: NOW,
  },
  doc: {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Growth' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Revenue ' },
          { type: 'text', text: 'grew', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' in every region.' },
        ],
      },
    ],
  },
  comments: [],
  history: [],
  publications: {},
}

/** The server's copy, and what a member's change to a synced copy sends it. */
function changeFrom(edit: (doc: Y.Doc) => void): { server: Y.Doc; update: Uint8Array } {
  const server = new Y.Doc()
  writeArticleToYDoc(article, server, schema)
  const member = new Y.Doc()
  Y.applyUpdate(member, Y.encodeStateAsUpdate(server))
  edit(member)
  return { server, update: Y.encodeStateAsUpdate(member, Y.encodeStateVector(server)) }
}

function verdict(role: TeamRole, edit: (doc: Y.Doc) => void): string | null {
  const { server, update } = changeFrom(edit)
  return checkUpdate(inspectUpdate(server, update), role, schema)
}

const paragraphText = (doc: Y.Doc): Y.XmlText =>
  (doc.getXmlFragment('body').get(1) as Y.XmlElement).get(0) as Y.XmlText

describe('checkUpdate', () => {
  it('lets a writer type in the body', () => {
    expect(verdict('writer', (doc) => paragraphText(doc).insert(0, 'Net '))).toBeNull()
  })

  it('refuses a reviewer typing or deleting in the body', () => {
    expect(verdict('reviewer', (doc) => paragraphText(doc).insert(0, 'Net '))).toMatch(/reviewer/)
    expect(verdict('reviewer', (doc) => paragraphText(doc).delete(0, 3))).toMatch(/reviewer/)
  })

  it('lets a reviewer anchor a comment and write it, but not make text bold', () => {
    const anchor = verdict('reviewer', (doc) => {
      paragraphText(doc).format(0, 7, { 'comment--AbCd1234': { commentId: 'c1' } })
      const comment = new Y.Map<unknown>()
      comment.set('body', 'Which regions?')
      doc.getMap('comments').set('c1', comment)
    })
    expect(anchor).toBeNull()
    expect(verdict('reviewer', (doc) => paragraphText(doc).format(0, 7, { bold: {} }))).toMatch(
      /reviewer/,
    )
  })

  it('refuses a reviewer changing the details', () => {
    const problem = verdict('reviewer', (doc) => doc.getMap('details').set('title', 'Forged'))
    expect(problem).toMatch(/details/)
  })

  it('keeps the publish gate for publishers and admins', () => {
    const markPublished = (doc: Y.Doc) => doc.getMap('review').set('status', 'published')
    const record = (doc: Y.Doc) => doc.getMap('publications').set('blog', { url: 'x' })
    expect(verdict('writer', markPublished)).toMatch(/publishers/)
    expect(verdict('writer', record)).toMatch(/publishers/)
    expect(verdict('publisher', markPublished)).toBeNull()
    expect(verdict('admin', record)).toBeNull()
    expect(verdict('reviewer', (doc) => doc.getMap('review').set('status', 'approved'))).toBeNull()
  })

  it('refuses node types, marks and parts the article does not have', () => {
    const script = (doc: Y.Doc) => doc.getXmlFragment('body').push([new Y.XmlElement('script')])
    expect(verdict('admin', script)).toMatch(/“script”/)
    expect(verdict('admin', (doc) => paragraphText(doc).format(0, 3, { blink: {} }))).toMatch(
      /“blink”/,
    )
    expect(verdict('admin', (doc) => doc.getMap('secrets').set('x', 1))).toMatch(/“secrets”/)
    expect(verdict('writer', (doc) => doc.getMap('details').set('sub', new Y.Doc()))).toMatch(
      /cannot hold/,
    )
  })

  it('throws on bytes that are not a Yjs update', () => {
    const server = new Y.Doc()
    expect(() => inspectUpdate(server, new Uint8Array([0, 255, 255, 255, 255, 7]))).toThrow()
  })
})

describe('readArticleFromYDoc', () => {
  it('gives back the article that was written into the Y.Doc', () => {
    const doc = new Y.Doc()
    writeArticleToYDoc(article, doc, schema)
    expect(readArticleFromYDoc(doc, article.meta.id, schema, NOW)).toEqual({
      ...article,
      team: true,
    })
  })

  it('leaves out a node the schema does not know instead of failing the article', () => {
    const doc = new Y.Doc()
    writeArticleToYDoc(article, doc, schema)
    doc.getXmlFragment('body').push([new Y.XmlElement('script')])
    doc.getMap('details').set('tags', 'not a list')
    const read = readArticleFromYDoc(doc, article.meta.id, schema, NOW)
    expect(read.doc).toEqual(article.doc)
    expect(read.meta.tags).toEqual([])
  })
})
