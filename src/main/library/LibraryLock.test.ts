import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LibraryLock } from './LibraryLock'

let dir: string
let path: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-lock-'))
  path = join(dir, 'library.lock')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function foreignLock(fields: Partial<Record<string, unknown>>): string {
  const at = new Date().toISOString()
  return JSON.stringify({
    owner: 'sam',
    host: 'other-laptop',
    pid: 4242,
    session: 'feedfacefeedface',
    openedAt: at,
    heartbeatAt: at,
    ...fields,
  })
}

describe('LibraryLock', () => {
  it('lets one instance hold a library and tells a second one who holds it', async () => {
    const first = await LibraryLock.acquire(path)
    const second = await LibraryLock.acquire(path)
    expect(first.held).toBe(true)
    expect(second).toMatchObject({ held: false, holder: { pid: process.pid, host: hostname() } })
    if (first.held) await first.lock.release()
    const third = await LibraryLock.acquire(path)
    expect(third.held).toBe(true)
    if (third.held) await third.lock.release()
  })

  it('takes over a lock whose holder stopped sending heartbeats', async () => {
    const old = new Date(Date.now() - 60_000).toISOString()
    await writeFile(path, foreignLock({ heartbeatAt: old }))
    const result = await LibraryLock.acquire(path)
    expect(result.held).toBe(true)
    if (result.held) await result.lock.release()
  })

  it('takes over a lock of a process of this machine that is gone', async () => {
    // Pid 2^22 - 1 is above Linux's default pid_max, so no process has it.
    await writeFile(path, foreignLock({ host: hostname(), pid: 4_194_303 }))
    const result = await LibraryLock.acquire(path)
    expect(result.held).toBe(true)
    if (result.held) await result.lock.release()
  })

  it('leaves a live foreign lock alone', async () => {
    await writeFile(path, foreignLock({}))
    const result = await LibraryLock.acquire(path)
    expect(result.held).toBe(false)
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ session: 'feedfacefeedface' })
  })

  it('notices when another instance took the lock over', async () => {
    const lost: unknown[] = []
    const result = await LibraryLock.acquire(path, { onLost: (h) => lost.push(h) })
    if (!result.held) throw new Error('expected the lock')
    await writeFile(path, foreignLock({}))
    await result.lock.beat()
    expect(result.lock.isHeld).toBe(false)
    expect(lost).toHaveLength(1)
    await result.lock.release()
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ session: 'feedfacefeedface' })
  })
})
