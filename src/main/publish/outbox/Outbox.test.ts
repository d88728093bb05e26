import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Outbox, type OutboxEntry } from './Outbox'

const NOW = new Date('2025-03-01T09:00:00.000Z')

function job(n: number): OutboxEntry {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
  return {
    id,
    articleId: `article-${n}`,
    siteId: 'news-site',
    action: 'publish',
    unpublishMode: null,
    state: 'waiting',
    attempts: 1,
    nextAttemptAt: NOW.toISOString(),
    progress: null,
    message: 'Copydesk could not reach the site.',
    result: null,
    conflict: null,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    idempotencyKey: `key-${n}`,
    overwrite: false,
    pending: null,
    live: null,
    build: null,
  }
}

let root: string
let location: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-outbox-'))
  location = Outbox.locationIn(root)
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

/** An outbox of `count` waiting jobs, written as job files (without fsync, to be quick). */
async function filled(count: number): Promise<Outbox> {
  await mkdir(location, { recursive: true })
  for (let n = 1; n <= count; n++) {
    const file = join(location, `${job(n).id}.json`)
    await writeFile(file, JSON.stringify({ schema: 1, job: job(n) }))
  }
  return Outbox.open(location, NOW)
}

describe('the outbox', () => {
  it('keeps each job in a file of its own and reads them back', async () => {
    await filled(3)
    const reopened = await Outbox.open(location, NOW)
    expect(
      reopened
        .all()
        .map((e) => e.articleId)
        .sort(),
    ).toEqual(['article-1', 'article-2', 'article-3'])
    expect(reopened.problems).toEqual([])
  })

  it('a change to one job of a thousand writes that job alone', async () => {
    const outbox = await filled(1000)
    const before = outbox.writes
    const entry = outbox.get(job(500).id)
    if (!entry) throw new Error('missing')
    entry.state = 'running'
    entry.attempts += 1
    await outbox.save(entry)
    expect(outbox.writes - before).toBe(1)
    const text = await readFile(join(location, `${entry.id}.json`), 'utf8')
    expect(text.length).toBeLessThan(2_000)
    expect(JSON.parse(text).job.state).toBe('running')
  })

  it('saves asked for while one waits are written once, with the latest state', async () => {
    const outbox = await filled(1)
    const entry = outbox.get(job(1).id)
    if (!entry) throw new Error('missing')
    const before = outbox.writes
    const saves = ['running', 'waiting', 'failed'].map((state) => {
      entry.state = state as OutboxEntry['state']
      return outbox.save(entry)
    })
    await Promise.all(saves)
    expect(outbox.writes - before).toBeLessThanOrEqual(2)
    const reopened = await Outbox.open(location, NOW)
    expect(reopened.get(entry.id)?.state).toBe('failed')
  })

  it('sets a damaged job aside alone, and says so', async () => {
    await filled(3)
    await writeFile(join(location, `${job(2).id}.json`), '{"schema": 1, "job": {"id": 4')
    const reopened = await Outbox.open(location, NOW)
    expect(
      reopened
        .all()
        .map((e) => e.articleId)
        .sort(),
    ).toEqual(['article-1', 'article-3'])
    expect(reopened.problems).toEqual([
      { file: `${job(2).id}.json`, kind: 'damaged', message: expect.stringContaining('damaged') },
    ])
    const quarantined = await readdir(join(location, 'quarantine'))
    expect(quarantined).toEqual([expect.stringContaining(job(2).id)])
  })

  it('leaves a job of a newer version where it is, and loads the others', async () => {
    await filled(2)
    const newer = join(location, '00000000-0000-4000-8000-999999999999.json')
    const text = JSON.stringify({ schema: 2, job: { id: 'x', shape: 'unknown to us' } })
    await writeFile(newer, text)
    const reopened = await Outbox.open(location, NOW)
    expect(reopened.all()).toHaveLength(2)
    expect(reopened.problems).toEqual([expect.objectContaining({ kind: 'newer' })])
    expect(await readFile(newer, 'utf8')).toBe(text)
  })

  it('imports the single outbox.json of earlier versions job by job', async () => {
    const bad = { ...job(2), state: 'no such state' }
    const old = { schema: 1, jobs: [job(1), bad, job(3)] }
    await writeFile(join(root, 'outbox.json'), JSON.stringify(old))
    const outbox = await Outbox.open(location, NOW)
    expect(
      outbox
        .all()
        .map((e) => e.articleId)
        .sort(),
    ).toEqual(['article-1', 'article-3'])
    expect(outbox.problems).toEqual([expect.objectContaining({ kind: 'damaged' })])
    const quarantined = await readdir(join(location, 'quarantine'))
    expect(await readFile(join(location, 'quarantine', quarantined[0] ?? ''), 'utf8')).toContain(
      'no such state',
    )
    const names = await readdir(root)
    expect(names).not.toContain('outbox.json')
    expect(names.some((name) => name.startsWith('outbox.json.imported-'))).toBe(true)
  })

  it('removing a job deletes its file', async () => {
    const outbox = await filled(2)
    await outbox.remove(job(1).id)
    expect(await readdir(location)).toEqual([`${job(2).id}.json`])
  })
})
