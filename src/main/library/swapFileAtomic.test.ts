import { renameSync, writeFileSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { swapFileAtomic } from './swapFileAtomic'

let dir: string
let path: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-swap-'))
  path = join(dir, 'article.json')
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Accepts the file only while it has this modification time and size. */
async function expecting(
  file: string,
): Promise<(s: { mtimeMs: number; size: number } | null) => boolean> {
  const known = await stat(file)
  return (s) => s !== null && s.mtimeMs === known.mtimeMs && s.size === known.size
}

describe('swapFileAtomic', () => {
  it('replaces the expected file and leaves nothing else behind', async () => {
    await writeFile(path, 'ours, before')
    const result = await swapFileAtomic(path, 'ours, after', await expecting(path))
    expect(result.written?.size).toBe('ours, after'.length)
    expect(result.displaced).toBeNull()
    expect(await readFile(path, 'utf8')).toBe('ours, after')
    expect(await readdir(dir)).toEqual(['article.json'])
  })

  it('writes nothing when the file is no longer the expected one', async () => {
    await writeFile(path, 'ours')
    const isExpected = await expecting(path)
    await writeFile(path, 'theirs, longer')
    const result = await swapFileAtomic(path, 'lost?', isExpected)
    expect(result).toEqual({ written: null, displaced: null })
    expect(await readFile(path, 'utf8')).toBe('theirs, longer')
    expect(await readdir(dir)).toEqual(['article.json'])
  })

  it('creates the file where none was expected, and not over one that appeared', async () => {
    expect((await swapFileAtomic(path, 'new', (s) => s === null)).written).not.toBeNull()
    expect((await swapFileAtomic(path, 'again', (s) => s === null)).written).toBeNull()
    expect(await readFile(path, 'utf8')).toBe('new')
  })

  it("keeps another program's file renamed in between the check and the swap", async () => {
    await writeFile(path, 'ours, before')
    const theirs = join(dir, '.sync-download')
    await writeFile(theirs, 'theirs')
    const isExpected = await expecting(path)
    // The other program's rename lands right after the check, as a sync tool's can.
    const result = await swapFileAtomic(path, 'ours, after', (s) => {
      const ok = isExpected(s)
      renameSync(theirs, path)
      return ok
    })
    expect(await readFile(path, 'utf8')).toBe('ours, after')
    expect(result.displaced).not.toBeNull()
    expect(await readFile(result.displaced ?? '', 'utf8')).toBe('theirs')
  })

  it("keeps another program's file written in place between the check and the swap", async () => {
    await writeFile(path, 'ours, before')
    const isExpected = await expecting(path)
    const result = await swapFileAtomic(path, 'ours, after', (s) => {
      const ok = isExpected(s)
      writeFileSync(path, 'theirs, in place')
      return ok
    })
    expect(await readFile(path, 'utf8')).toBe('ours, after')
    expect(await readFile(result.displaced ?? '', 'utf8')).toBe('theirs, in place')
  })
})
