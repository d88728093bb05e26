import { mkdtemp, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { LibraryService } from './LibraryService'

let root: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-inflight-'))
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

it('reads an article another program is saving, not “no longer exists”', async () => {
  const library = await LibraryService.open({ root, corruptRetryDelaysMs: [100, 300, 600] })
  const { meta } = await library.create({ title: 'Being saved elsewhere' })
  const dir = join(root, 'articles', meta.id)
  // Another Copydesk replacing the file has set it aside for a moment (see swapFileAtomic).
  const aside = join(dir, '.article.json.other-copydesk.aside')
  await rename(join(dir, 'article.json'), aside)
  const back = new Promise<void>((resolve) =>
    setTimeout(() => void rename(aside, join(dir, 'article.json')).then(resolve), 150),
  )
  expect((await library.get(meta.id)).meta.title).toBe('Being saved elsewhere')
  await back
  await library.close()
})

it('still says an article is gone when nothing is being saved', async () => {
  const library = await LibraryService.open({ root, corruptRetryDelaysMs: [1, 1, 1] })
  const { meta } = await library.create({ title: 'Removed' })
  await rm(join(root, 'articles', meta.id, 'article.json'))
  await expect(library.get(meta.id)).rejects.toThrow(/no longer exists/)
  await library.close()
})

it('lists an article another Copydesk is saving as this one opens the library', async () => {
  const first = await LibraryService.open({ root })
  const { meta } = await first.create({ title: 'Saved by the other one' })
  await first.close()
  const dir = join(root, 'articles', meta.id)
  const aside = join(dir, '.article.json.other-copydesk.aside')
  await rename(join(dir, 'article.json'), aside)
  const back = new Promise<void>((resolve) =>
    setTimeout(() => void rename(aside, join(dir, 'article.json')).then(resolve), 150),
  )
  const second = await LibraryService.open({ root, corruptRetryDelaysMs: [100, 300, 600] })
  await second.whenListed()
  expect(second.list({}).items.map((item) => item.title)).toEqual(['Saved by the other one'])
  await back
  await second.close()
})
