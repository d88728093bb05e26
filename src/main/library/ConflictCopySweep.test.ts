import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { LibraryService } from './LibraryService'

let root: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-conflicts-'))
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

/** Leaves a Dropbox-style conflicted copy of an article, with another title, beside it. */
async function leaveConflictedCopy(id: string, title: string): Promise<string> {
  const dir = join(root, 'articles', id)
  const file = JSON.parse(await readFile(join(dir, 'article.json'), 'utf8'))
  file.meta.title = title
  const name = "article (Ana's conflicted copy 2026-12-04).json"
  await writeFile(join(dir, name), JSON.stringify(file))
  return name
}

it('takes in conflicted copies beside an article that is not open, and says so', async () => {
  let library = await LibraryService.open({ root })
  const open = await library.create({ title: 'Open in the editor' })
  const other = await library.create({ title: 'Harbour report' })
  await library.close()
  const name = await leaveConflictedCopy(other.meta.id, 'Harbour report, edited on the laptop')

  library = await LibraryService.open({ root })
  await library.whenConflictCopiesTaken()

  const revisions = await library.revisionsList(other.meta.id)
  const kept = revisions.find((r) => r.reason === 'conflict')
  expect(kept).toBeDefined()
  const revision = await library.revisionsGet(other.meta.id, kept?.revId ?? '')
  expect(revision.meta.title).toBe('Harbour report, edited on the laptop')
  expect(await readdir(join(root, 'articles', other.meta.id))).not.toContain(name)
  const warnings = library.info().warnings.join('\n')
  expect(warnings).toContain('another version of “Harbour report, edited on the laptop”')
  expect(warnings).toContain('open History to compare or restore it')
  expect(warnings).not.toContain(name)
  expect(await library.revisionsList(open.meta.id)).toEqual([])
  await library.close()
})

it('leaves conflicted copies alone while the library is open read-only elsewhere', async () => {
  const first = await LibraryService.open({ root })
  const article = await first.create({ title: 'Harbour report' })
  const name = await leaveConflictedCopy(article.meta.id, 'Other')
  const second = await LibraryService.open({ root })
  await second.whenConflictCopiesTaken()
  expect(second.readOnly).not.toBeNull()
  expect(second.info().warnings).toEqual([])
  await second.close()
  // The writer takes it in when it next looks at that article.
  expect(await readdir(join(root, 'articles', article.meta.id))).toContain(name)
  await first.close()
})
