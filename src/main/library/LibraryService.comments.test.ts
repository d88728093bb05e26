import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DocNode } from '@shared/article/Article'
import { LibraryService } from './LibraryService'

/** "The port reopens on Monday." with "reopens" under the comment mark `c1`. */
const commentedDoc: DocNode = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The port ' },
        { type: 'text', text: 'reopens', marks: [{ type: 'comment', attrs: { commentId: 'c1' } }] },
        { type: 'text', text: ' on Monday.' },
      ],
    },
  ],
}

let root: string
let clock: number
let library: LibraryService

const open = () => LibraryService.open({ root, now: () => new Date(clock), indexWriteDelayMs: 10 })
const articleFile = (id: string) => join(root, 'articles', id, 'article.json')

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-comments-'))
  clock = Date.parse('2025-03-01T09:00:00.000Z')
  library = await open()
})

afterEach(async () => {
  await library.close()
  await rm(root, { recursive: true, force: true })
})

async function commentedArticle(): Promise<string> {
  const { meta } = await library.create({ title: 'Port' })
  await library.save({ id: meta.id, doc: commentedDoc }, 'Ana')
  return meta.id
}

describe('comments in the library', () => {
  it('keeps comments, replies and resolution on disk, signed and timed, across a reopen', async () => {
    const id = await commentedArticle()
    const add = { type: 'add', id: 'c1', quote: 'reopens', body: 'Which Monday?' } as const
    await library.commentsApply(id, add, 'Ana')
    clock += 60_000
    await library.commentsApply(
      id,
      { type: 'reply', commentId: 'c1', id: 'r1', body: 'The 3rd' },
      'Ben',
    )
    await library.commentsApply(id, { type: 'resolve', commentId: 'c1' }, 'Ben')

    await library.close()
    library = await open()
    const article = await library.get(id)
    expect(article.comments).toEqual([
      {
        id: 'c1',
        quote: 'reopens',
        body: 'Which Monday?',
        author: 'Ana',
        createdAt: '2025-03-01T09:00:00.000Z',
        resolved: true,
        resolvedBy: 'Ben',
        resolvedAt: '2025-03-01T09:01:00.000Z',
        replies: [
          { id: 'r1', body: 'The 3rd', author: 'Ben', createdAt: '2025-03-01T09:01:00.000Z' },
        ],
      },
    ])
    expect(article.doc).toEqual(commentedDoc)
  })

  it('keeps comments through later saves of the document and meta', async () => {
    const id = await commentedArticle()
    await library.commentsApply(
      id,
      { type: 'add', id: 'c1', quote: 'reopens', body: 'Sure?' },
      'Ana',
    )
    await library.save({ id, doc: commentedDoc, meta: { title: 'Port news' } }, 'Ana')
    expect((await library.get(id)).comments?.map((c) => c.body)).toEqual(['Sure?'])
  })

  it('leaves the list, word count and search untouched by comment text', async () => {
    const id = await commentedArticle()
    const before = library.list({}).items[0]
    await library.commentsApply(
      id,
      { type: 'add', id: 'c1', quote: 'reopens', body: 'zeppelin question' },
      'Ana',
    )
    await library.whenSearchReady()
    expect(library.list({}).items[0]).toEqual(before)
    expect(before?.wordCount).toBe(5)
    expect(library.list({ query: 'zeppelin' }).total).toBe(0)
    expect(library.list({ query: 'reopens' }).total).toBe(1)
  })

  it('lets only the author delete a comment', async () => {
    const id = await commentedArticle()
    await library.commentsApply(id, { type: 'add', id: 'c1', quote: 'reopens', body: 'Hm' }, 'Ana')
    await expect(
      library.commentsApply(id, { type: 'delete', commentId: 'c1' }, 'Ben'),
    ).rejects.toMatchObject({ code: 'forbidden' })
    await library.commentsApply(id, { type: 'delete', commentId: 'c1' }, 'Ana')
    expect((await library.get(id)).comments).toEqual([])
  })

  it('refuses a change to a comment that does not exist', async () => {
    const id = await commentedArticle()
    await expect(
      library.commentsApply(id, { type: 'resolve', commentId: 'gone' }, 'Ana'),
    ).rejects.toMatchObject({ code: 'not_found' })
  })

  it('opens an article whose comments are damaged, keeping what can be read', async () => {
    const id = await commentedArticle()
    const raw = JSON.parse(await readFile(articleFile(id), 'utf8'))
    raw.comments = [42, { body: 'No id or author' }, { id: 'c1', body: 'Fine', resolved: 'yes' }]
    await writeFile(articleFile(id), JSON.stringify(raw))
    await library.close()
    library = await open()
    const comments = (await library.get(id)).comments ?? []
    expect(comments.map((c) => [c.id, c.body, c.resolved])).toEqual([
      ['comment-2', 'No id or author', false],
      ['c1', 'Fine', false],
    ])
  })

  it('returns the status history with each save', async () => {
    const id = await commentedArticle()
    clock += 1000
    const result = await library.save({ id, meta: { status: 'in_review' } }, 'Ana')
    expect(result.history).toEqual([
      { from: 'draft', to: 'in_review', by: 'Ana', at: '2025-03-01T09:00:01.000Z' },
    ])
  })
})
