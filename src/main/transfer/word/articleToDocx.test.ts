import { createHash } from 'node:crypto'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { ArticleMetaSchema, type DocMark, type DocNode } from '@shared/article/Article'
import type { Comment } from '@shared/article/Comment'
import { makePng } from '../../../../tests/fixtures/makePng'
import { commentEndMarker, commentStartMarker } from '@shared/transfer/commentMarkers'
import { articleToDocx } from './articleToDocx'
import { docxToHtml } from './docxToHtml'

const png = makePng(1200, 600)
const assetName = `${createHash('sha256').update(png).digest('hex')}.png`
const t = (text: string, ...marks: NonNullable<DocNode['marks']>): DocNode => ({
  type: 'text',
  text,
  ...(marks.length > 0 && { marks }),
})
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content })
const li = (...content: DocNode[]): DocNode => ({ type: 'listItem', content })
const cell = (type: 'tableCell' | 'tableHeader', text: string): DocNode => ({
  type,
  content: [p(t(text))],
})
const comment: DocMark = { type: 'comment', attrs: { commentId: 'c1' } }

const doc: DocNode = {
  type: 'doc',
  content: [
    p(
      t('The quay opened on '),
      t('Monday', { type: 'bold' }, comment),
      t(' at dawn', comment),
      t(', see '),
      t('the plan', { type: 'link', attrs: { href: 'https://example.com/plan' } }),
    ),
    { type: 'heading', attrs: { level: 2 }, content: [t('What changes')] },
    {
      type: 'bulletList',
      content: [
        li(p(t('Bigger ships')), {
          type: 'orderedList',
          attrs: { start: 1 },
          content: [li(p(t('400 m')))],
        }),
        li(p(t('Longer hours'))),
      ],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [cell('tableHeader', 'Berth'), cell('tableHeader', 'Length')],
        },
        { type: 'tableRow', content: [cell('tableCell', 'North'), cell('tableCell', '400 m')] },
      ],
    },
    { type: 'image', attrs: { src: `asset:${assetName}`, alt: 'The quay', caption: 'At dawn' } },
  ],
}

const comments: Comment[] = [
  {
    id: 'c1',
    quote: 'Monday at dawn',
    body: 'Was it not Tuesday?',
    author: 'Rita Reviewer',
    createdAt: '2024-05-02T10:00:00.000Z',
    resolved: false,
    resolvedBy: null,
    resolvedAt: null,
    replies: [
      {
        id: 'r1',
        body: 'Monday, checked.',
        author: 'Walt Writer',
        createdAt: '2024-05-02T11:00:00.000Z',
      },
    ],
  },
  {
    ...{ id: 'gone', quote: 'deleted words', body: 'Detached', author: 'Rita', createdAt: '' },
    resolved: false,
    resolvedBy: null,
    resolvedAt: null,
    replies: [],
  },
]

const meta = ArticleMetaSchema.parse({
  id: 'abc123',
  title: 'Harbour report',
  slug: 'harbour-report',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
})

async function exported(): Promise<Uint8Array> {
  return articleToDocx({
    meta,
    doc,
    comments,
    readAsset: async (name) => (name === assetName ? png : null),
  })
}

describe('articleToDocx', () => {
  it('writes the structure Word files carry, read back the same by the Word import', async () => {
    const { html } = await docxToHtml(await exported(), 'export.docx')
    expect(html).toContain('<h1>Harbour report</h1>')
    expect(html).toContain('<strong>Monday</strong> at dawn')
    expect(html).toContain('<a href="https://example.com/plan">the plan</a>')
    expect(html).toContain('<h2>What changes</h2>')
    expect(html).toMatch(
      /<ul><li>Bigger ships<ol><li>400 m<\/li><\/ol><\/li><li>Longer hours<\/li><\/ul>/,
    )
    expect(html).toMatch(
      /<thead><tr><th><p>Berth<\/p><\/th><th><p>Length<\/p><\/th><\/tr><\/thead>/,
    )
    expect(html).toMatch(/<img [^>]*alt="The quay"/)
    expect(html).toContain('<em>At dawn</em>')
  })

  it('keeps the image whole, scaled to the page width', async () => {
    const files = unzipSync(await exported())
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'))
    expect(media.map((name) => files[name])).toEqual([new Uint8Array(png)])
    const body = strFromU8(files['word/document.xml'] as Uint8Array)
    expect(body).toContain(`cx="${600 * 9525}" cy="${300 * 9525}"`)
  })

  it('turns comments into Word comments around their words, with replies threaded', async () => {
    const files = unzipSync(await exported())
    const body = strFromU8(files['word/document.xml'] as Uint8Array)
    const anchored =
      /<w:commentRangeStart w:id="0"\/>(.*)<w:commentRangeEnd w:id="0"\/>/.exec(body)?.[1] ?? ''
    const words = [...anchored.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    expect(words).toBe('Monday at dawn')
    const notes = strFromU8(files['word/comments.xml'] as Uint8Array)
    expect(notes).toMatch(/w:author="Rita Reviewer"[^>]*>.*Was it not Tuesday\?/)
    expect(notes).toMatch(/w:author="Walt Writer"[^>]*>.*Monday, checked\./)
    expect(notes).not.toContain('Detached')
    const threads = strFromU8(files['word/commentsExtended.xml'] as Uint8Array)
    expect(threads).toContain('w15:paraIdParent')
  })

  it('gives its comments back to the Word import: words, author, dates, replies, resolved', async () => {
    const resolved = comments.map((c) => (c.id === 'c1' ? { ...c, resolved: true } : c))
    const bytes = await articleToDocx({
      meta,
      doc,
      comments: resolved,
      readAsset: async () => null,
    })
    const { html, comments: read } = await docxToHtml(bytes, 'export.docx')
    expect(read).toHaveLength(1)
    const [back] = read
    expect(back).toMatchObject({
      body: 'Was it not Tuesday?',
      author: 'Rita Reviewer',
      createdAt: '2024-05-02T10:00:00.000Z',
      resolved: true,
      replies: [
        { body: 'Monday, checked.', author: 'Walt Writer', createdAt: '2024-05-02T11:00:00.000Z' },
      ],
    })
    const id = back?.id ?? ''
    expect(html).toContain(
      `on ${commentStartMarker(id)}<strong>Monday</strong> at dawn${commentEndMarker(id)}, see`,
    )
  })

  it('keeps a resolved comment resolved in Word when no comment has replies', async () => {
    const alone = [{ ...comments[0]!, resolved: true, replies: [] }]
    const bytes = await articleToDocx({ meta, doc, comments: alone, readAsset: async () => null })
    const files = unzipSync(bytes)
    expect(
      strFromU8(files['[Content_Types].xml'] as Uint8Array).match(
        /PartName="\/word\/commentsExtended.xml"/g,
      ),
    ).toHaveLength(1)
    expect(strFromU8(files['word/_rels/document.xml.rels'] as Uint8Array)).toContain(
      'Target="commentsExtended.xml"',
    )
    const notes = strFromU8(files['word/comments.xml'] as Uint8Array)
    const paraId = /<w:p w14:paraId="([0-9A-F]{8})"/.exec(notes)?.[1]
    expect(strFromU8(files['word/commentsExtended.xml'] as Uint8Array)).toContain(
      `<w15:commentEx w15:paraId="${paraId}" w15:done="1"/>`,
    )
    const { comments: read } = await docxToHtml(bytes, 'export.docx')
    expect(read.map((c) => c.resolved)).toEqual([true])
  })
})
