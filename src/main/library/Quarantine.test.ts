import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LibraryService } from './LibraryService'

let root: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-quarantine-'))
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

/** A library with one good article and one article.json holding `bad`. */
async function libraryWithBadFile(bad: string): Promise<{ good: string; badId: string }> {
  const library = await LibraryService.open({ root, corruptRetryDelaysMs: [1, 1, 1] })
  const good = (await library.create({ title: 'Good one' })).meta.id
  const badId = (await library.create({ title: 'Soon broken' })).meta.id
  await library.close()
  await writeFile(join(root, 'articles', badId, 'article.json'), bad)
  return { good, badId }
}

async function validFileText(): Promise<string> {
  const library = await LibraryService.open({ root: join(root, 'scratch') })
  const id = (await library.create({ title: 'Template' })).meta.id
  await library.close()
  return readFile(join(root, 'scratch', 'articles', id, 'article.json'), 'utf8')
}

describe('quarantine on open', () => {
  it.each([
    ['truncated', (text: string) => text.slice(0, text.length / 2), /incomplete/],
    ['empty', () => '', /empty/],
    ['not JSON', () => 'Dear diary, today the library broke.', /not valid JSON/],
    [
      'failing the schema',
      (text: string) => text.replace('"title"', '"heading"'),
      /missing or invalid \(meta\.title/,
    ],
    [
      'from a newer Copydesk',
      (text: string) => text.replace('"schema": 1', '"schema": 7'),
      /made by a newer Copydesk/,
    ],
  ])('moves a %s article.json aside and opens the rest', async (_kind, damage, reason) => {
    const { good, badId } = await libraryWithBadFile(damage(await validFileText()))
    const library = await LibraryService.open({ root, corruptRetryDelaysMs: [1, 1, 1] })
    expect(library.list({}).items.map((s) => s.id)).toEqual([good])
    const [notice] = library.info().quarantine
    expect(notice?.file).toBe(`articles/${badId}/article.json`)
    expect(notice?.reason).toMatch(reason)
    expect(notice?.movedTo).toMatch(new RegExp(`^quarantine/.+-${badId}-article\\.json$`))
    expect(await readdir(join(root, 'quarantine'))).toContain(notice?.movedTo.split('/')[1])
    await library.close()
  })

  it('keeps notices across restarts until they are dismissed', async () => {
    await libraryWithBadFile('{"schema": 1, "meta": {')
    const first = await LibraryService.open({ root, corruptRetryDelaysMs: [1, 1, 1] })
    await first.close()
    const second = await LibraryService.open({ root, corruptRetryDelaysMs: [1, 1, 1] })
    expect(second.info().quarantine).toHaveLength(1)
    await second.dismissQuarantine()
    await second.close()
    const third = await LibraryService.open({ root, corruptRetryDelaysMs: [1, 1, 1] })
    expect(third.info().quarantine).toEqual([])
    await third.close()
  })

  it('quarantines a file that breaks while the library is open', async () => {
    const library = await LibraryService.open({ root, corruptRetryDelaysMs: [1, 1, 1] })
    const { meta } = await library.create({ title: 'Fine for now' })
    await writeFile(join(root, 'articles', meta.id, 'article.json'), 'garbage')
    await expect(library.get(meta.id)).rejects.toMatchObject({ code: 'io', message: /quarantine/ })
    expect(library.list({}).total).toBe(0)
    expect(library.info().quarantine).toHaveLength(1)
    await library.close()
  })

  it('ignores a folder left without article.json', async () => {
    await mkdir(join(root, 'articles', 'abcdefabcdef'), { recursive: true })
    const library = await LibraryService.open({ root, corruptRetryDelaysMs: [1, 1, 1] })
    expect(library.info()).toMatchObject({ articleCount: 0, quarantine: [] })
    await library.close()
  })
})
