import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ArticleFileSchema, type DocNode } from '@shared/article/Article'
import { LibraryService } from './LibraryService'

const doc = (...paragraphs: string[]): DocNode => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
})

let root: string
let clock: number
let library: LibraryService

async function open(): Promise<LibraryService> {
  return LibraryService.open({ root, now: () => new Date(clock), indexWriteDelayMs: 10 })
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-library-'))
  clock = Date.parse('2025-03-01T09:00:00.000Z')
  library = await open()
})

afterEach(async () => {
  await library.close()
  await rm(root, { recursive: true, force: true })
})

describe('creating and saving', () => {
  it('creates a draft in its own folder, named by a random id', async () => {
    const article = await library.create({ title: 'Harbour expansion' })
    expect(article.meta.id).toMatch(/^[a-z0-9]{12}$/)
    expect(article.meta).toMatchObject({ title: 'Harbour expansion', slug: 'harbour-expansion' })
    expect(article.meta.status).toBe('draft')
    const onDisk = JSON.parse(
      await readFile(join(root, 'articles', article.meta.id, 'article.json'), 'utf8'),
    )
    expect(ArticleFileSchema.parse(onDisk).meta.title).toBe('Harbour expansion')
  })

  it('saves the document and meta, and the list shows the new first line and word count', async () => {
    const { meta } = await library.create({})
    clock += 1000
    const result = await library.save(
      { id: meta.id, doc: doc('Three new berths open in spring.'), meta: { title: 'Berths' } },
      'Ana',
    )
    expect(result.version).toBe(1)
    expect(result.summary).toMatchObject({
      title: 'Berths',
      firstLine: 'Three new berths open in spring.',
      wordCount: 6,
    })
    expect((await library.get(meta.id)).doc).toEqual(doc('Three new berths open in spring.'))
    expect(library.list({}).items[0]?.title).toBe('Berths')
  })

  it('keeps the slug following the title until it is edited by hand', async () => {
    const { meta } = await library.create({ title: 'First' })
    const renamed = await library.save({ id: meta.id, meta: { title: 'Second title' } }, 'Ana')
    expect(renamed.meta).toMatchObject({ slug: 'second-title', slugLocked: false })
    const edited = await library.save({ id: meta.id, meta: { slug: 'My Own/../Slug' } }, 'Ana')
    expect(edited.meta).toMatchObject({ slug: 'my-own-slug', slugLocked: true })
    const again = await library.save({ id: meta.id, meta: { title: 'Third' } }, 'Ana')
    expect(again.meta.slug).toBe('my-own-slug')
  })

  it('records who changed the status, from what to what', async () => {
    const { meta } = await library.create({ title: 'Review me' })
    await library.save({ id: meta.id, meta: { status: 'in_review' } }, 'Ana')
    const article = await library.get(meta.id)
    expect(article.history).toEqual([
      { from: 'draft', to: 'in_review', by: 'Ana', at: new Date(clock).toISOString() },
    ])
  })

  it('does not rewrite the file for a save that changes nothing', async () => {
    const { meta } = await library.create({ title: 'Same' })
    clock += 60_000
    const result = await library.save({ id: meta.id, meta: { title: 'Same' } }, 'Ana')
    expect(result.meta.updatedAt).toBe(meta.updatedAt)
    expect(result.version).toBe(0)
  })

  it('writes a save that goes back to an earlier text, and reads it back after a restart', async () => {
    const { meta } = await library.create({})
    await library.save({ id: meta.id, doc: doc('First draft.') }, 'Ana')
    await library.save({ id: meta.id, doc: doc('Second draft.') }, 'Ana')
    const back = await library.save({ id: meta.id, doc: doc('First draft.') }, 'Ana')
    expect(back.version).toBe(3)
    await library.close()
    library = await open()
    expect((await library.get(meta.id)).doc).toEqual(doc('First draft.'))
  })

  it('refuses unknown and malformed ids as not found', async () => {
    await expect(library.get('zzzzzzzzzzzz')).rejects.toMatchObject({ code: 'not_found' })
    await expect(library.get('../../etc')).rejects.toMatchObject({ code: 'not_found' })
  })
})

describe('listing and searching', () => {
  async function seed(): Promise<string[]> {
    const ids: string[] = []
    const rows = [
      {
        title: 'Harbour opens',
        status: 'draft',
        category: 'News',
        tags: ['port'],
        text: 'New berths for container ships.',
      },
      {
        title: 'Solar park approved',
        status: 'approved',
        category: 'Energy',
        tags: ['solar', 'port'],
        text: 'The council approved panels on the warehouse roofs.',
      },
      {
        title: 'Café culture',
        status: 'draft',
        category: 'News',
        tags: [],
        text: 'A quiet morning at the harbour café.',
      },
    ] as const
    for (const row of rows) {
      clock += 1000
      const { meta } = await library.create({ title: row.title })
      await library.save(
        {
          id: meta.id,
          doc: doc(row.text),
          meta: { status: row.status, category: row.category, tags: [...row.tags] },
        },
        'Ana',
      )
      ids.push(meta.id)
    }
    return ids
  }

  it('lists newest first with filters, paging and a total', async () => {
    const [harbour, solar, cafe] = await seed()
    expect(library.list({}).items.map((s) => s.id)).toEqual([cafe, solar, harbour])
    expect(library.list({ status: 'approved' }).items.map((s) => s.id)).toEqual([solar])
    expect(library.list({ category: 'News' }).items.map((s) => s.id)).toEqual([cafe, harbour])
    expect(library.list({ tag: 'port' }).items.map((s) => s.id)).toEqual([solar, harbour])
    expect(library.list({ offset: 1, limit: 1 })).toMatchObject({
      total: 3,
      items: [{ id: solar }],
    })
  })

  it('offers the categories and tags in use', async () => {
    await seed()
    expect(library.facets()).toEqual({ categories: ['Energy', 'News'], tags: ['port', 'solar'] })
  })

  it('searches titles and bodies with prefixes, typos and accents', async () => {
    const [harbour, solar, cafe] = await seed()
    await library.whenSearchReady()
    const ids = (query: string) => library.list({ query }).items.map((s) => s.id)
    expect(ids('harbour')).toEqual([cafe, harbour])
    expect(ids('warehou')).toEqual([solar])
    expect(ids('contaner')).toEqual([harbour])
    expect(ids('cafe')).toEqual([cafe])
    expect(ids('harbour berths')).toEqual([harbour])
    expect(library.list({ query: 'harbour', status: 'draft', limit: 1 })).toMatchObject({
      total: 2,
    })
  })

  it('finds a saved change at once', async () => {
    const [harbour] = await seed()
    await library.whenSearchReady()
    await library.save({ id: harbour as string, doc: doc('Lighthouse keepers return.') }, 'Ana')
    expect(library.list({ query: 'lighthouse' }).items.map((s) => s.id)).toEqual([harbour])
    expect(library.list({ query: 'container' }).total).toBe(0)
  })

  it('finds articles again after a restart, from the saved search index', async () => {
    const [, solar] = await seed()
    await library.whenSearchReady()
    await library.close()
    expect((await stat(join(root, 'search-index.jsonl'))).size).toBeGreaterThan(0)
    library = await open()
    await library.whenSearchReady()
    expect(library.list({ query: 'panels' }).items.map((s) => s.id)).toEqual([solar])
  })
})

describe('duplicate, trash and restore', () => {
  it('duplicates as a fresh draft with its images', async () => {
    const { meta } = await library.create({ title: 'Original' })
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
    const image = await library.importAsset({
      articleId: meta.id,
      fileName: 'a.png',
      mimeType: 'image/png',
      bytes: png,
    })
    await library.save({ id: meta.id, meta: { status: 'approved' } }, 'Ana')
    const copy = await library.duplicate(meta.id)
    expect(copy.meta).toMatchObject({
      title: 'Original (copy)',
      slug: 'original-copy',
      status: 'draft',
    })
    expect(copy.meta.id).not.toBe(meta.id)
    expect(copy.history).toEqual([])
    expect(library.assetFile(copy.meta.id, image.name)).not.toBeNull()
  })

  it('moves a deleted article to the trash and puts it back', async () => {
    const { meta } = await library.create({ title: 'Short-lived' })
    await library.delete(meta.id)
    expect(library.list({}).total).toBe(0)
    expect(await library.trashList()).toEqual([
      { id: meta.id, title: 'Short-lived', deletedAt: new Date(clock).toISOString() },
    ])
    const summary = await library.trashRestore(meta.id)
    expect(summary.title).toBe('Short-lived')
    expect(library.list({}).items.map((s) => s.id)).toEqual([meta.id])
    expect(await library.trashList()).toEqual([])
  })

  it('empties the trash for good', async () => {
    for (const title of ['a', 'b']) await library.delete((await library.create({ title })).meta.id)
    expect(await library.trashEmpty()).toEqual({ removed: 2 })
    expect(await readdir(join(root, 'trash'))).toEqual([])
  })
})

describe('revisions', () => {
  it('snapshots at most once per interval of editing, and at every status change', async () => {
    const { meta } = await library.create({ title: 'Draft' })
    for (let i = 0; i < 5; i++) {
      clock += 30_000
      await library.save({ id: meta.id, doc: doc(`version ${i}`) }, 'Ana')
    }
    clock += 5 * 60_000
    await library.save({ id: meta.id, doc: doc('later') }, 'Ana')
    await library.save({ id: meta.id, meta: { status: 'in_review' } }, 'Ana')
    const reasons = (await library.revisionsList(meta.id)).map((r) => r.reason)
    expect(reasons).toEqual(['status', 'auto', 'auto'])
  })

  it('restores a revision and keeps the state before the restore', async () => {
    const { meta } = await library.create({ title: 'Draft' })
    await library.save({ id: meta.id, doc: doc('first words') }, 'Ana')
    clock += 60_000
    await library.save({ id: meta.id, doc: doc('second words'), meta: { title: 'Changed' } }, 'Ana')
    const [first] = await library.revisionsList(meta.id)
    const { article: restored, notice } = await library.revisionsRestore(
      meta.id,
      first?.revId ?? '',
    )
    expect(notice).toBeUndefined()
    expect(restored.doc).toEqual(doc('first words'))
    expect(restored.meta.title).toBe('Draft')
    const [undo] = await library.revisionsList(meta.id)
    expect(undo?.reason).toBe('restore')
    expect((await library.revisionsGet(meta.id, undo?.revId ?? '')).doc).toEqual(
      doc('second words'),
    )
  })
})
