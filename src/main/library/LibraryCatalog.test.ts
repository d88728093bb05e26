import { mkdtemp, rm, unlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { ArticleRepository } from './ArticleRepository'
import { LibraryCatalog } from './LibraryCatalog'
import { LibraryPaths } from './LibraryPaths'
import { LibraryService } from './LibraryService'

let root: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-catalog-'))
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

async function openCatalog(): Promise<LibraryCatalog> {
  const paths = new LibraryPaths(root)
  return LibraryCatalog.open({
    paths,
    repository: new ArticleRepository(paths),
    trustIndex: false,
    foregroundReads: 1,
    indexWriteDelayMs: 10,
    canWrite: () => true,
    onCorrupt: async () => undefined,
  })
}

it('answers at once during a rebuild, says it is still indexing, and fills in', async () => {
  const library = await LibraryService.open({ root })
  for (const title of ['Quarterly results', 'Harbour expansion', 'New hires']) {
    await library.create({ title })
  }
  await library.close()
  await unlink(join(root, 'index.json'))

  const catalog = await openCatalog()
  const first = catalog.list({})
  expect(first.total).toBe(1)
  expect(first.indexing).toBe(true)
  expect(catalog.list({ query: 'harbour' }).indexing).toBe(true)

  await catalog.whenSearchReady()
  expect(catalog.list({}).total).toBe(3)
  expect(catalog.list({}).indexing).toBeUndefined()
  expect(catalog.list({ query: 'harbour' }).items.map((s) => s.title)).toEqual([
    'Harbour expansion',
  ])
  await catalog.close()
})

it('keeps an article dropped during a rebuild out of the list', async () => {
  const library = await LibraryService.open({ root })
  const ids: string[] = []
  for (const title of ['One', 'Two', 'Three']) ids.push((await library.create({ title })).meta.id)
  await library.close()
  await unlink(join(root, 'index.json'))

  const catalog = await openCatalog()
  const unread = ids.filter((id) => !catalog.get(id))
  expect(unread).toHaveLength(2)
  const [gone] = unread as [string]
  await rm(join(root, 'articles', gone), { recursive: true })
  catalog.drop(gone)
  await catalog.whenSearchReady()
  expect(catalog.get(gone)).toBeUndefined()
  expect(catalog.list({}).total).toBe(2)
  await catalog.close()
})
