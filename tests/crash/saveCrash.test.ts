import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LibraryService } from '../../src/main/library/LibraryService'
import { parseArticleFile } from '../../src/main/library/parseArticleFile'
import { buildSaveLoop } from './buildSaveLoop'
import { crashCounter } from './crashDoc'

/** How many times the saving process is killed. */
const KILLS = 200
/** Leftover temp files allowed at any moment: one per file a killed write may have been on. */
const MAX_TEMP_FILES = 3

let work: string
let root: string
let script: string
let articleId: string

interface Run {
  /** Highest save the child acknowledged before it died. */
  lastAck: number | null
  stderr: string
  killed: boolean
}

/** Starts the saving child at save `first`, kills it 5–60 ms after its first ACK. */
function runAndKill(first: number): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, root, articleId, String(first)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const run: Run = { lastAck: null, stderr: '', killed: false }
    let buffered = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        const ack = /^ACK (\d+)$/.exec(line)
        if (!ack) continue
        if (run.lastAck === null) {
          setTimeout(
            () => {
              run.killed = true
              child.kill('SIGKILL')
            },
            5 + Math.random() * 55,
          )
        }
        run.lastAck = Number(ack[1])
      }
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => (run.stderr += chunk))
    child.on('error', fail)
    child.on('exit', () => done(run))
  })
}

async function countTempFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((e) => e.isFile() && e.name.endsWith('.tmp')).length
}

describe('a save interrupted at any instant', () => {
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'copydesk-crash-'))
    root = join(work, 'library')
    script = await buildSaveLoop(join(work, 'bin'))
    const library = await LibraryService.open({ root })
    articleId = (await library.create({ title: 'Crash test' })).meta.id
    await library.close()
  }, 60_000)

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true })
  })

  it(`leaves the last acknowledged save (or the one in flight) intact, over ${KILLS} kills`, async () => {
    let next = 1
    let inFlightSeen = 0
    let setAsideRestored = 0
    for (let kill = 0; kill < KILLS; kill++) {
      const run = await runAndKill(next)
      expect(run.killed, `child died on its own:\n${run.stderr}`).toBe(true)
      const lastAck = run.lastAck as number

      // Killed between setting the old version aside and linking the new one in: the next
      // open of the article puts the old one back.
      if (!(await readdir(join(root, 'articles', articleId))).includes('article.json')) {
        setAsideRestored++
        const library = await LibraryService.open({ root })
        await library.get(articleId)
        await library.close()
      }
      const text = await readFile(join(root, 'articles', articleId, 'article.json'), 'utf8')
      const { file } = parseArticleFile(text)
      const n = crashCounter(file.doc)
      expect(file.meta.title).toBe(`Save ${n}`)
      expect([lastAck, lastAck + 1]).toContain(n)
      if (n === lastAck + 1) inFlightSeen++

      expect(await countTempFiles(root)).toBeLessThanOrEqual(MAX_TEMP_FILES)
      next = (n as number) + 1
    }
    console.log(
      `${KILLS} kills; ${inFlightSeen} landed after a write but before its ACK; ` +
        `${setAsideRestored} left the old version set aside, put back on open`,
    )

    const library = await LibraryService.open({ root })
    expect(library.info().quarantine).toEqual([])
    expect(library.list({}).items.map((s) => s.title)).toEqual([`Save ${next - 1}`])
    const left = await readdir(join(root, 'articles', articleId))
    expect(left.filter((name) => name.endsWith('.aside'))).toEqual([])
    await library.close()
    expect(await countTempFiles(root)).toBeLessThanOrEqual(MAX_TEMP_FILES)
  })
})
