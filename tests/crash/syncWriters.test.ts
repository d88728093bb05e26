import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleFile, DocNode } from '../../src/shared/article/Article'
import { t } from '../../src/shared/i18n/i18n'
import { LibraryService } from '../../src/main/library/LibraryService'
import { buildCrashChild } from './buildCrashChild'

/** How long a sync tool answers each kind of write with a version of its own (CHAOS_HAMMER_MS). */
const HAMMER_MS = Number(process.env.CHAOS_HAMMER_MS ?? 8_000)

let work: string
let root: string
let library: LibraryService

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'copydesk-sync-writers-'))
  root = join(work, 'library')
  library = await LibraryService.open({ root, maxRevisions: 1_000_000 })
})
afterEach(async () => {
  await library.close()
  await rm(work, { recursive: true, force: true })
})

/** Every `Sync <k>` paragraph in a document. */
function syncParagraphs(doc: DocNode, into: Set<string>): void {
  if (doc.type === 'text' && doc.text?.startsWith('Sync ')) into.add(doc.text)
  for (const child of doc.content ?? []) syncParagraphs(child, into)
}

/** The sync tool's versions still somewhere: in the file on disk or in any revision. */
async function keptSyncVersions(id: string): Promise<Set<string>> {
  const kept = new Set<string>()
  syncParagraphs((await library.get(id)).doc, kept)
  for (const info of await library.revisionsList(id)) {
    syncParagraphs((await library.revisionsGet(id, info.revId)).doc, kept)
  }
  return kept
}

/**
 * Runs `write` again and again for HAMMER_MS while a sync tool (another process) answers each
 * change with a version of its own, then counts the sync tool's versions that are nowhere.
 */
async function raceSyncTool(
  what: string,
  id: string,
  write: (n: number) => Promise<unknown>,
): Promise<string[]> {
  const script = await buildCrashChild('syncAnswerLoop', join(work, 'bin'))
  const path = join(root, 'articles', id, 'article.json')
  const child = spawn(process.execPath, [script, path, String(HAMMER_MS)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let put = 0
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (chunk: string) => (put += chunk.split('PUT ').length - 1))
  let running = true
  child.on('exit', () => (running = false))
  let writes = 0
  let failures = 0
  for (let n = 0; running; n++) {
    try {
      await write(n)
      writes++
    } catch {
      failures++
    }
  }
  // The editor checks the disk every few seconds, which takes in what was set aside.
  await library.checkDisk(id)
  const kept = await keptSyncVersions(id)
  const lost = Array.from({ length: put }, (_, k) => `Sync ${k}`).filter((t) => !kept.has(t))
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')
  console.log(
    `${what}, ${HAMMER_MS / 1000} s (load ${load}): ${writes} writes, ${failures} failed; the ` +
      `sync tool put ${put} versions in place, ${lost.length} lost`,
  )
  expect(put).toBeGreaterThan(20)
  const leftovers = (await readdir(join(root, 'articles', id))).filter((n) => n !== 'revisions')
  expect(leftovers).toEqual(['article.json'])
  return lost
}

describe('a sync tool answering every write with a version of its own', () => {
  it('loses none of its versions to comment saves, and says so when it met one', async () => {
    const { meta } = await library.create({ title: 'Commented' })
    const told = new Map<string | undefined, number>()
    const lost = await raceSyncTool('comments', meta.id, async (n) => {
      const { notice } = await library.commentsApply(
        meta.id,
        { type: 'add', id: `c${n}`, quote: 'text', body: `Comment ${n}` },
        'Ana',
      )
      told.set(notice, (told.get(notice) ?? 0) + 1)
    })
    const [reapplied, kept] = [t('commentNotice.reapplied'), t('commentNotice.kept')]
    console.log(
      `comment answers: ${told.get(undefined) ?? 0} quiet, ${told.get(reapplied) ?? 0} told ` +
        `re-applied, ${told.get(kept) ?? 0} told kept as Other version`,
    )
    expect(lost).toEqual([])
    expect([...told.keys()].every((notice) => [undefined, reapplied, kept].includes(notice))).toBe(
      true,
    )
    expect(told.get(reapplied)).toBeGreaterThan(0)
  })

  it('loses none of its versions to restoring a revision, and says so when it met one', async () => {
    const { meta } = await library.create({ title: 'Restored' })
    const doc: DocNode = { type: 'doc', content: [{ type: 'paragraph' }] }
    await library.save({ id: meta.id, doc, meta: { title: 'Earlier' } }, 'Ana')
    const [first] = await library.revisionsList(meta.id)
    expect(first).toBeDefined()
    const revId = first?.revId ?? ''
    const told = new Map<string | undefined, number>()
    const lost = await raceSyncTool('restoring a revision', meta.id, async () => {
      const { notice } = await library.revisionsRestore(meta.id, revId)
      told.set(notice, (told.get(notice) ?? 0) + 1)
    })
    const notices = [undefined, t('history.otherVersion.reapplied'), t('history.otherVersion.kept')]
    const [quiet, reapplied, kept] = notices.map((notice) => told.get(notice) ?? 0)
    console.log(`restore answers: ${quiet} quiet, ${reapplied} told re-applied, ${kept} told kept`)
    expect(lost).toEqual([])
    expect([...told.keys()].every((notice) => notices.includes(notice))).toBe(true)
    expect(told.get(notices[1])).toBeGreaterThan(0)
  })

  it('loses none of its versions to recording a publication, and says so when it met one', async () => {
    const { meta } = await library.create({ title: 'Published' })
    const told = new Map<string | null, number>()
    const lost = await raceSyncTool('recording a publication', meta.id, async (n) => {
      const { notice } = await library.recordPublication(
        meta.id,
        {
          siteId: 'team-blog',
          kind: 'webhook',
          state: n % 2 === 0 ? 'published' : 'draft',
          remoteId: null,
          url: null,
          path: null,
          contentHash: `hash-${n}`,
          publishedAt: new Date().toISOString(),
          extra: {},
        },
        'Ana',
      )
      told.set(notice, (told.get(notice) ?? 0) + 1)
    })
    const notices: (string | null)[] = [
      null,
      t('history.publishedOverOther.reapplied'),
      t('history.publishedOverOther.kept'),
    ]
    const [quiet, reapplied, kept] = notices.map((notice) => told.get(notice) ?? 0)
    console.log(`record answers: ${quiet} quiet, ${reapplied} told re-applied, ${kept} told kept`)
    expect(lost).toEqual([])
    expect([...told.keys()].every((notice) => notices.includes(notice))).toBe(true)
    expect(reapplied).toBeGreaterThan(0)
  })
})

describe('a comment saved under an editor that is behind the file on disk', () => {
  it("keeps the sync tool's version when the editor saves next", async () => {
    const { meta } = await library.create({ title: 'Draft' })
    await library.get(meta.id)
    const path = join(root, 'articles', meta.id, 'article.json')
    const file = JSON.parse(await readFile(path, 'utf8')) as ArticleFile
    const laptop: DocNode = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Laptop.' }] }],
    }
    await writeFile(
      `${path}.sync`,
      JSON.stringify({ ...file, meta: { ...file.meta, title: 'Laptop' }, doc: laptop }),
    )
    await rename(`${path}.sync`, path)
    const commented = await library.commentsApply(
      meta.id,
      { type: 'add', id: 'c1', quote: 'x', body: 'Note' },
      'Ana',
    )
    expect(commented.notice).toBe(t('commentNotice.reapplied'))
    const saved = await library.save({ id: meta.id, doc: { type: 'doc', content: [] } }, 'me')
    expect(saved.notice).toContain('Your version is saved')
    const kept = (await library.revisionsList(meta.id)).filter((r) => r.reason === 'conflict')
    expect(kept.map((r) => r.title)).toEqual(['Laptop'])
  })
})
