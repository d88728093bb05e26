import {
  cp,
  open as openFile,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  writeFile,
} from 'node:fs/promises'
import { spawn } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleFile, DocNode } from '../../src/shared/article/Article'
import { LibraryService } from '../../src/main/library/LibraryService'
import { parseArticleFile } from '../../src/main/library/parseArticleFile'
import { serializeArticleFile } from '../../src/main/library/serializeArticleFile'
import { buildCrashChild } from './buildCrashChild'
import { crashDoc } from './crashDoc'

/** Rounds of the chaos test: saves here while a sync tool writes the same file (CHAOS_ROUNDS). */
const ROUNDS = Number(process.env.CHAOS_ROUNDS ?? 120)
/** How long a sync tool answers every save with its own version (CHAOS_HAMMER_MS). */
const HAMMER_MS = Number(process.env.CHAOS_HAMMER_MS ?? 20_000)

let work: string
let root: string
let library: LibraryService

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'copydesk-sync-'))
  root = join(work, 'library')
  library = await LibraryService.open({ root })
})
afterEach(async () => {
  await library.close()
  await rm(work, { recursive: true, force: true })
})

function paragraph(text: string): DocNode {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }
}

function articlePath(id: string): string {
  return join(root, 'articles', id, 'article.json')
}

async function onDisk(id: string): Promise<ArticleFile> {
  return parseArticleFile(await readFile(articlePath(id), 'utf8')).file
}

/** What a sync tool does: writes the other machine's version next to it, renames it over. */
async function syncReplace(id: string, title: string, doc: DocNode): Promise<void> {
  const file = await onDisk(id)
  const other = { ...file, meta: { ...file.meta, title }, doc }
  const temp = join(root, 'articles', id, '.sync-download')
  await writeFile(temp, serializeArticleFile(other))
  await rename(temp, articlePath(id))
}

/** A sync tool that writes in place: half the file, a pause, then the rest. */
async function syncHalfWrite(id: string, title: string, pauseMs: number): Promise<void> {
  const file = await onDisk(id)
  const text = serializeArticleFile({ ...file, meta: { ...file.meta, title } })
  const handle = await openFile(articlePath(id), 'w')
  await handle.write(text.slice(0, text.length >> 1))
  await new Promise((resolve) => setTimeout(resolve, pauseMs))
  await handle.write(text.slice(text.length >> 1))
  await handle.close()
}

async function revisionTitles(id: string, reason: string): Promise<string[]> {
  return (await library.revisionsList(id)).filter((r) => r.reason === reason).map((r) => r.title)
}

describe('a sync tool writing under an open article', () => {
  it('keeps both versions when both sides changed, and says so', async () => {
    const { meta } = await library.create({ title: 'Draft' })
    await library.get(meta.id)
    await syncReplace(meta.id, 'From the laptop', paragraph('Written on the laptop.'))
    const saved = await library.save({ id: meta.id, doc: paragraph('Written here.') }, 'me')
    expect(saved.notice).toContain('Your version is saved')
    expect((await onDisk(meta.id)).doc).toEqual(paragraph('Written here.'))
    const [other] = (await library.revisionsList(meta.id)).filter((r) => r.reason === 'conflict')
    expect(other?.title).toBe('From the laptop')
    const kept = await library.revisionsGet(meta.id, other?.revId ?? '')
    expect(kept.doc).toEqual(paragraph('Written on the laptop.'))
  })

  it('tells an editor with nothing unsaved that the file changed, and lists the new title', async () => {
    const { meta } = await library.create({ title: 'Draft' })
    await library.get(meta.id)
    expect((await library.checkDisk(meta.id)).changedOnDisk).toBe(false)
    await syncReplace(meta.id, 'Synced title', paragraph('Synced.'))
    expect((await library.checkDisk(meta.id)).changedOnDisk).toBe(true)
    expect(library.list({}).items[0]?.title).toBe('Synced title')
    expect((await library.get(meta.id)).doc).toEqual(paragraph('Synced.'))
    expect((await library.checkDisk(meta.id)).changedOnDisk).toBe(false)
  })

  it('takes in a Dropbox conflicted copy as a revision and says so', async () => {
    const { meta } = await library.create({ title: 'Draft' })
    const file = await onDisk(meta.id)
    const copy = { ...file, meta: { ...file.meta, title: 'Their copy' }, doc: paragraph('Theirs.') }
    const name = "article (Ana's conflicted copy 2026-12-04).json"
    await writeFile(join(root, 'articles', meta.id, name), serializeArticleFile(copy))
    const check = await library.checkDisk(meta.id)
    expect(check.notices.join(' ')).toContain('“Their copy”')
    expect(check.notices.join(' ')).toContain('History')
    expect(check.notices.join(' ')).not.toContain('.json')
    expect(await revisionTitles(meta.id, 'conflict')).toEqual(['Their copy'])
    expect(await readdir(join(root, 'articles', meta.id))).not.toContain(name)
  })

  it('reads a half-written file again instead of quarantining it', async () => {
    const { meta } = await library.create({ title: 'Draft' })
    const writing = syncHalfWrite(meta.id, 'Complete', 150)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect((await library.get(meta.id)).meta.title).toBe('Complete')
    await writing
    expect(library.info().quarantine).toEqual([])
  })

  it('lets a quarantined article back in once its file is whole again', async () => {
    const { meta } = await library.create({ title: 'Draft' })
    const whole = await readFile(articlePath(meta.id), 'utf8')
    await writeFile(articlePath(meta.id), whole.slice(0, 40))
    await expect(library.get(meta.id)).rejects.toThrow(/quarantine/)
    expect(library.list({}).total).toBe(0)
    await writeFile(articlePath(meta.id), whole)
    for (let i = 0; i < 50 && library.info().quarantine.length > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(library.list({}).items.map((s) => s.title)).toEqual(['Draft'])
    expect(library.info().quarantine).toEqual([])
  })

  it(`keeps the sync tool's version over ${ROUNDS} rounds of saves racing it`, async () => {
    const { meta } = await library.create({ title: 'Race' })
    const id = meta.id
    await library.get(id)
    let saves = 0
    let failures = 0
    let conflicts = 0
    const lost: string[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const theirs = `Sync ${round}`
      const halfWrite = round % 3 === 0
      const sync = (async () => {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 25))
        if (halfWrite) await syncHalfWrite(id, theirs, 5)
        else await syncReplace(id, theirs, paragraph(`version ${theirs}`))
      })()
      for (let n = 0; n < 4; n++) {
        try {
          const saved = await library.save(
            { id, doc: crashDoc(round * 10 + n), meta: { title: `Here ${round}.${n}` } },
            'me',
          )
          saves++
          if (saved.notice) conflicts++
        } catch {
          failures++
        }
      }
      await sync
      // The editor checks the disk every few seconds, which takes in what was set aside.
      await library.checkDisk(id)
      // Their version must be on disk or kept as a revision.
      const current = (await onDisk(id)).meta.title
      if (current !== theirs && !(await revisionTitles(id, 'conflict')).includes(theirs)) {
        lost.push(`${theirs}${halfWrite ? ' (in place)' : ' (rename)'}`)
      }
      // The editor reloads what is on disk before the next round, as the app does.
      await library.get(id)
    }
    console.log(
      `${ROUNDS} rounds: ${saves} saves, ${failures} failed, ${conflicts} kept both versions, ` +
        `${lost.length} sync versions lost ${lost.join(', ')}`,
    )
    expect(lost).toEqual([])
    expect(failures).toBe(0)
    expect(library.info().quarantine).toEqual([])
    const leftovers = (await readdir(join(root, 'articles', id))).filter((n) => n !== 'revisions')
    expect(leftovers).toEqual(['article.json'])
  })
})

describe('a sync tool answering every save with a version of its own', () => {
  it(`keeps every one of its versions over ${HAMMER_MS / 1000} s of saves`, async () => {
    await library.close()
    library = await LibraryService.open({ root, maxRevisions: 1_000_000 })
    const { meta } = await library.create({ title: 'Hammered' })
    const id = meta.id
    await library.get(id)
    const script = await buildCrashChild('syncReplaceLoop', join(work, 'bin'))
    const child = spawn(process.execPath, [script, articlePath(id), String(HAMMER_MS)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let put = 0
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => (put += chunk.split('PUT ').length - 1))
    let running = true
    child.on('exit', () => (running = false))
    let saves = 0
    let failures = 0
    let told = 0
    for (let n = 0; running; n++) {
      try {
        const saved = await library.save(
          { id, doc: crashDoc(n), meta: { title: `Here ${n}` } },
          'me',
        )
        saves++
        if (saved.notice) told++
      } catch {
        failures++
      }
    }
    await library.checkDisk(id)
    const kept = new Set(await revisionTitles(id, 'conflict'))
    kept.add((await onDisk(id)).meta.title)
    const lost = Array.from({ length: put }, (_, k) => `Sync ${k}`).filter((t) => !kept.has(t))
    console.log(
      `${HAMMER_MS / 1000} s: ${saves} saves, ${failures} failed, ${told} told of another ` +
        `version; the sync tool put ${put} versions in place, ${lost.length} lost ${lost.join(', ')}`,
    )
    expect(put).toBeGreaterThan(50)
    expect(lost).toEqual([])
    const leftovers = (await readdir(join(root, 'articles', id))).filter((n) => n !== 'revisions')
    expect(leftovers).toEqual(['article.json'])
  })
})

describe('an article folder copied by hand', () => {
  it('gives the copy an id of its own, whatever the copy was named', async () => {
    const { meta } = await library.create({ title: 'Original' })
    await library.save({ id: meta.id, doc: paragraph('Original text.') }, 'me')
    await library.close()
    const folder = join(root, 'articles', meta.id)
    await cp(folder, join(root, 'articles', `${meta.id}-2`), { recursive: true })
    await cp(folder, join(root, 'articles', `${meta.id} copy`), { recursive: true })
    library = await LibraryService.open({ root })
    const rows = library.list({}).items
    expect(rows.map((r) => r.title)).toEqual(['Original', 'Original', 'Original'])
    expect(new Set(rows.map((r) => r.id)).size).toBe(3)
    for (const row of rows) expect((await library.get(row.id)).meta.id).toBe(row.id)
    const copy = rows.find((r) => r.id !== meta.id)?.id ?? ''
    await library.save({ id: copy, meta: { title: 'The copy' } }, 'me')
    expect((await library.get(meta.id)).meta.title).toBe('Original')
    expect((await onDisk(copy)).meta.id).toBe(copy)
  })
})
