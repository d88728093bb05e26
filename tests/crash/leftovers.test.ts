import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LibraryService } from '../../src/main/library/LibraryService'

let work: string
let root: string

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'copydesk-leftovers-'))
  root = join(work, 'library')
})
afterEach(async () => {
  await rm(work, { recursive: true, force: true })
})

const anHourAgo = new Date(Date.now() - 3600_000)

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

describe('leftovers of interrupted work are cleared', () => {
  it('removes the empty folder of a create cut short, keeps a quarantined article folder', async () => {
    const library = await LibraryService.open({ root })
    const { meta } = await library.create({ title: 'Kept' })
    await library.close()
    const cut = join(root, 'articles', 'cutshort0001')
    await mkdir(join(cut, 'assets'), { recursive: true })
    await writeFile(join(cut, '.article.json.deadbeef_1_abcdef01-1.tmp'), '{"half')
    const quarantined = join(root, 'articles', 'quarantined1')
    await mkdir(join(quarantined, 'assets'), { recursive: true })
    await writeFile(join(quarantined, 'assets', `${'b'.repeat(64)}.png`), 'image bytes')
    for (const dir of [cut, quarantined]) await utimes(dir, anHourAgo, anHourAgo)

    const reopened = await LibraryService.open({ root })
    for (let i = 0; i < 40 && (await exists(cut)); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(await exists(cut)).toBe(false)
    expect(await exists(quarantined)).toBe(true)
    expect(reopened.list({}).items.map((s) => s.id)).toEqual([meta.id])
    await reopened.close()
  })

  it('lists a revision whose file was written but not yet added to the list', async () => {
    const library = await LibraryService.open({ root })
    const { meta } = await library.create({ title: 'Revised' })
    await library.save({ id: meta.id, meta: { status: 'in_review' } }, 'me')
    const [first] = await library.revisionsList(meta.id)
    await library.close()
    const dir = join(root, 'articles', meta.id, 'revisions')
    const text = await readFile(join(dir, `${first?.revId}.json`), 'utf8')
    const revId = '20990101T000000000Z-zzzz'
    await writeFile(join(dir, `${revId}.json`), text.replaceAll(first?.revId ?? '', revId))
    const reopened = await LibraryService.open({ root })
    expect((await reopened.revisionsList(meta.id)).map((r) => r.revId)).toContain(revId)
    await reopened.close()
  })

  it('drops a half-emptied trash entry and old temp files in the trash', async () => {
    const library = await LibraryService.open({ root })
    const { meta } = await library.create({ title: 'Trashed' })
    await library.delete(meta.id)
    const half = join(root, 'trash', 'halfemptied1')
    await mkdir(join(half, 'revisions'), { recursive: true })
    const temp = join(root, 'trash', meta.id, '.article.json.deadbeef_1_abcdef01-2.tmp')
    await writeFile(temp, '{"half')
    await utimes(temp, anHourAgo, anHourAgo)
    const entries = await library.trashList()
    expect(entries.map((e) => e.title)).toEqual(['Trashed'])
    expect(await exists(half)).toBe(false)
    expect(await readdir(join(root, 'trash', meta.id))).not.toContain(
      '.article.json.deadbeef_1_abcdef01-2.tmp',
    )
    expect((await library.trashRestore(meta.id)).title).toBe('Trashed')
    await library.close()
  })

  it('puts back the version a save cut short had set aside, and lists it again', async () => {
    const library = await LibraryService.open({ root })
    const { meta } = await library.create({ title: 'Set aside' })
    await library.close()
    // A save of a process that died (on this machine) after setting article.json aside.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid
    const host = createHash('sha256').update(hostname()).digest('hex').slice(0, 8)
    const folder = join(root, 'articles', meta.id)
    await rename(
      join(folder, 'article.json'),
      join(folder, `.article.json.0badf00d_${dead}_${host}-1.aside`),
    )

    const reopened = await LibraryService.open({ root })
    for (let i = 0; i < 40 && reopened.list({}).total === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(reopened.list({}).items.map((s) => s.title)).toEqual(['Set aside'])
    expect((await readdir(folder)).filter((name) => name.endsWith('.aside'))).toEqual([])
    await reopened.close()
  })
})
