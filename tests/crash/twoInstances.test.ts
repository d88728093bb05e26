import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LibraryService } from '../../src/main/library/LibraryService'
import { parseArticleFile } from '../../src/main/library/parseArticleFile'
import { buildCrashChild } from './buildCrashChild'

/** Saves the first instance makes while the second one opens the library again and again. */
const SAVES = 300

let work: string
let root: string
let script: string
let articleId: string

interface ChildRun {
  opened: string
  acks: number
  failures: string[]
}

/** Runs saveCounted; `whileRunning` runs once the child has opened the library. */
function runSaver(
  count: number,
  label: string,
  whileRunning: () => Promise<void> = async () => undefined,
  killAfterAcks?: number,
): Promise<ChildRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, root, articleId, String(count), label])
    const run: ChildRun = { opened: '', acks: 0, failures: [] }
    let buffered = ''
    let stderr = ''
    let side: Promise<void> = Promise.resolve()
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (line.startsWith('OPEN ')) {
          run.opened = line.slice(5)
          side = whileRunning()
        } else if (line.startsWith('ACK ')) {
          run.acks++
          if (killAfterAcks !== undefined && run.acks === killAfterAcks) child.kill('SIGKILL')
        } else if (line.startsWith('FAIL ')) run.failures.push(line)
      }
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => (stderr += chunk))
    child.on('error', fail)
    child.on('exit', (code, signal) => {
      if (code !== 0 && signal !== 'SIGKILL') fail(new Error(`saver exited ${code}: ${stderr}`))
      else side.then(() => done(run), fail)
    })
  })
}

async function titleOnDisk(): Promise<string> {
  const text = await readFile(join(root, 'articles', articleId, 'article.json'), 'utf8')
  return parseArticleFile(text).file.meta.title
}

describe('two Copydesks on one library', () => {
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'copydesk-two-'))
    root = join(work, 'library')
    script = await buildCrashChild('saveCounted', join(work, 'bin'))
    const library = await LibraryService.open({ root })
    articleId = (await library.create({ title: 'Shared' })).meta.id
    await library.close()
  }, 60_000)

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true })
  })

  it('opens the second one read-only; the first one loses no save', async () => {
    let secondOpens = 0
    let refusals = 0
    const readOnlyReasons = new Set<string>()
    const first = await runSaver(SAVES, 'First', async () => {
      for (let i = 0; i < 25; i++) {
        const second = await LibraryService.open({ root })
        secondOpens++
        if (second.readOnly) readOnlyReasons.add(second.readOnly)
        await second
          .save({ id: articleId, meta: { title: 'Second' } }, 'second')
          .catch(() => refusals++)
        expect(second.list({}).items.map((s) => s.id)).toContain(articleId)
        await second.close()
      }
    })
    console.log(
      `first instance: ${first.acks}/${SAVES} saves, ${first.failures.length} failed; ` +
        `second instance opened ${secondOpens} times, ${refusals} saves refused`,
    )
    expect(first.opened).toBe('writable')
    expect(first.failures).toEqual([])
    expect(first.acks).toBe(SAVES)
    expect(refusals).toBe(secondOpens)
    expect([...readOnlyReasons].join(' ')).toMatch(/Another Copydesk .* has this library open/)
    expect(await titleOnDisk()).toBe(`First ${SAVES}`)

    const after = await LibraryService.open({ root })
    expect(after.readOnly).toBeNull()
    await after.close()
  })

  it('takes over at once from an instance that was killed', async () => {
    const killed = await runSaver(1000, 'Killed', async () => undefined, 20)
    expect(killed.acks).toBeGreaterThanOrEqual(20)
    const next = await LibraryService.open({ root })
    expect(next.readOnly).toBeNull()
    const saved = await next.save({ id: articleId, meta: { title: 'After the kill' } }, 'me')
    expect(saved.meta.title).toBe('After the kill')
    await next.close()
  })
})
