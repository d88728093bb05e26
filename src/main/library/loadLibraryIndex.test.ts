import { mkdtemp, readFile, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ArticleRepository } from './ArticleRepository'
import { LibraryPaths } from './LibraryPaths'
import { readIndexRows } from './libraryIndexFile'
import { loadLibraryIndex } from './loadLibraryIndex'
import { summarizeArticle } from './summarizeArticle'
import { LibraryService } from './LibraryService'

let root: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-index-'))
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

async function libraryWith(titles: string[]): Promise<string[]> {
  const library = await LibraryService.open({ root })
  const ids: string[] = []
  for (const title of titles) ids.push((await library.create({ title })).meta.id)
  await library.close()
  return ids
}

const titles = (library: LibraryService) =>
  library
    .list({})
    .items.map((s) => s.title)
    .sort()

describe('index.json', () => {
  it('is written on close and lists every article', async () => {
    const ids = await libraryWith(['One', 'Two'])
    const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'))
    expect(index.articles.map((a: { summary: { id: string } }) => a.summary.id).sort()).toEqual(
      [...ids].sort(),
    )
  })

  it('is rebuilt from the article folders when deleted', async () => {
    await libraryWith(['One', 'Two', 'Three'])
    await unlink(join(root, 'index.json'))
    const library = await LibraryService.open({ root })
    expect(titles(library)).toEqual(['One', 'Three', 'Two'])
    await library.close()
    expect(JSON.parse(await readFile(join(root, 'index.json'), 'utf8')).articles).toHaveLength(3)
  })

  it('is rebuilt when damaged', async () => {
    await libraryWith(['One'])
    await writeFile(join(root, 'index.json'), '{"format": 1, "articles": [{"summ')
    const library = await LibraryService.open({ root })
    expect(titles(library)).toEqual(['One'])
    await library.close()
  })

  it('picks up an article changed behind its back (e.g. a crash before the index was written)', async () => {
    const [id] = await libraryWith(['Old title'])
    const path = join(root, 'articles', id as string, 'article.json')
    const file = JSON.parse(await readFile(path, 'utf8'))
    file.meta.title = 'New title from elsewhere'
    await writeFile(path, JSON.stringify(file))
    const library = await LibraryService.open({ root })
    expect(titles(library)).toEqual(['New title from elsewhere'])
    await library.close()
  })

  it('adds articles missing from it and drops entries whose folder is gone', async () => {
    const [kept, removed] = await libraryWith(['Kept', 'Removed'])
    const index = await readFile(join(root, 'index.json'), 'utf8')
    await libraryWith(['Added later'])
    await writeFile(join(root, 'index.json'), index)
    await rm(join(root, 'articles', removed as string), { recursive: true })
    const library = await LibraryService.open({ root })
    expect(titles(library)).toEqual(['Added later', 'Kept'])
    expect(library.list({}).items.map((s) => s.id)).toContain(kept)
    await library.close()
  })
})

describe('a rebuild of a large library', () => {
  async function sixArticlesWithoutIndex(): Promise<string[]> {
    const ids = await libraryWith(['Oldest harbour note', 'B', 'C', 'D', 'E', 'Newest'])
    // Distinct modification times, oldest first, as edits over days would leave them.
    for (const [i, id] of ids.entries()) {
      const when = new Date(Date.UTC(2026, 0, i + 1))
      await utimes(join(root, 'articles', id, 'article.json'), when, when)
    }
    await unlink(join(root, 'index.json'))
    await rm(join(root, 'search-index.jsonl'), { force: true })
    return ids
  }

  it('reads the newest articles before open returns and leaves the rest for later', async () => {
    const ids = await sixArticlesWithoutIndex()
    const paths = new LibraryPaths(root)
    const loaded = await loadLibraryIndex({
      indexFile: paths.indexFile,
      trustIndex: false,
      foregroundReads: 2,
      repository: new ArticleRepository(paths),
      summarize: (article) => ({
        summary: summarizeArticle(article.file),
        mtimeMs: article.mtimeMs,
        size: article.size,
      }),
      onCorrupt: async () => undefined,
    })
    expect(loaded.index.all().map((e) => e.summary.title)).toEqual(['Newest', 'E'])
    expect(loaded.deferred).toEqual(ids.slice(0, 4).reverse())
  })

  it('lists and finds every article once the background reading is done', async () => {
    const ids = await sixArticlesWithoutIndex()
    const library = await LibraryService.open({ root, foregroundReads: 2 })
    await library.whenSearchReady()
    const all = library.list({})
    expect(all.total).toBe(6)
    expect(all.indexing).toBeUndefined()
    expect(library.list({ query: 'harbour' }).items.map((s) => s.id)).toEqual([ids[0]])
    await library.close()
    const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'))
    expect(index.articles).toHaveLength(6)
  })
})

describe('after a clean close or a crash', () => {
  async function changeTitleBehindItsBack(id: string): Promise<void> {
    const path = join(root, 'articles', id, 'article.json')
    const file = JSON.parse(await readFile(path, 'utf8'))
    file.meta.title = 'Changed'
    await writeFile(path, JSON.stringify(file))
  }

  async function load(trustIndex: boolean) {
    const paths = new LibraryPaths(root)
    const repository = new ArticleRepository(paths)
    return loadLibraryIndex({
      indexFile: paths.indexFile,
      trustIndex,
      checkBudgetMs: 0,
      repository,
      summarize: (loaded) => ({
        summary: summarizeArticle(loaded.file),
        mtimeMs: loaded.mtimeMs,
        size: loaded.size,
      }),
      onCorrupt: async () => undefined,
    })
  }

  it('checks every file before opening after a crash', async () => {
    const [id] = await libraryWith(['Original'])
    await changeTitleBehindItsBack(id as string)
    const loaded = await load(false)
    expect(loaded.index.get(id as string)?.summary.title).toBe('Changed')
    expect(loaded.unverified).toEqual([])
  })

  it('after a clean close, leaves files beyond the time budget to the background check', async () => {
    const [id] = await libraryWith(['Original'])
    await changeTitleBehindItsBack(id as string)
    const loaded = await load(true)
    expect(loaded.index.get(id as string)?.summary.title).toBe('Original')
    expect(loaded.unverified).toEqual([id])
  })

  it('marks the library open while it is, and not once it closed', async () => {
    const library = await LibraryService.open({ root })
    await expect(stat(join(root, 'session.json'))).resolves.toBeDefined()
    await library.close()
    await expect(stat(join(root, 'session.json'))).rejects.toThrow()
  })
})

describe('a large index.json', () => {
  async function fiveDatedArticles(): Promise<string[]> {
    const ids = await libraryWith(['Oldest', 'B', 'C', 'D', 'Newest'])
    // Saved one after the other, so the list (and index.json) has them newest first.
    const library = await LibraryService.open({ root })
    for (const id of ids) await library.save({ id, meta: { tags: ['dated'] } }, 'Ana')
    await library.close()
    return ids
  }

  it('lists its first rows at once, then the rest, checked against the folders', async () => {
    const [oldest, b, c, d, newest] = (await fiveDatedArticles()) as string[]
    const [added] = await libraryWith(['Copied in'])
    const index = await readFile(join(root, 'index.json'), 'utf8')
    await writeFile(join(root, 'index.json'), index.replace(/^.*Copied in.*\n/m, ''))
    const path = join(root, 'articles', b as string, 'article.json')
    const file = JSON.parse(await readFile(path, 'utf8'))
    file.meta.title = 'B changed elsewhere'
    await writeFile(path, JSON.stringify(file))
    await rm(join(root, 'articles', c as string), { recursive: true })

    const rows = await readIndexRows(join(root, 'index.json'), 2)
    expect(rows?.first.map((row) => row.summary.id)).toEqual([newest, d])
    const library = await LibraryService.open({ root, firstIndexRows: 2 })
    await library.whenListed()
    await library.whenSearchReady()
    await vi.waitFor(() => expect(titles(library)).toContain('B changed elsewhere'))
    expect(titles(library)).toEqual(['B changed elsewhere', 'Copied in', 'D', 'Newest', 'Oldest'])
    expect(library.list({}).indexing).toBeUndefined()
    expect(library.list({}).items.map((s) => s.id)).toContain(oldest)
    expect(library.list({}).items.map((s) => s.id)).toContain(added)
    await library.close()
  })

  it('reads an index.json written on one line by an older version, and rewrites it', async () => {
    const ids = await libraryWith(['One', 'Two'])
    const rows = (await readFile(join(root, 'index.json'), 'utf8')).split('\n').slice(1, -1)
    await writeFile(join(root, 'index.json'), `{"format":1,"articles":[${rows.join('')}]}`)
    const library = await LibraryService.open({ root, indexWriteDelayMs: 0 })
    expect(titles(library)).toEqual(['One', 'Two'])
    await library.close()
    const written = await readFile(join(root, 'index.json'), 'utf8')
    expect(written.split('\n')).toHaveLength(ids.length + 2)
  })
})
