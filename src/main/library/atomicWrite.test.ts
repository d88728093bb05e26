import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isLeftoverTempFile, writeFileAtomic } from './atomicWrite'
import { ABANDONED_TEMP_MS, sweepTempFiles } from './sweepTempFiles'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-atomic-'))
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const path = join(dir, 'article.json')
    await writeFileAtomic(path, 'first')
    await writeFileAtomic(path, 'second')
    expect(await readFile(path, 'utf8')).toBe('second')
    expect(await readdir(dir)).toEqual(['article.json'])
  })

  it('keeps the old file when the write fails', async () => {
    const path = join(dir, 'article.json')
    await writeFileAtomic(path, 'kept')
    await expect(writeFileAtomic(join(dir, 'missing', 'x.json'), 'lost')).rejects.toThrow()
    expect(await readFile(path, 'utf8')).toBe('kept')
  })

  it('writes a file from chunks as they are made, and keeps the old one when making them fails', async () => {
    const path = join(dir, 'index.json')
    async function* chunks(fail: boolean) {
      for (let i = 0; i < 1000; i++) {
        if (fail && i === 500) throw new Error('the index changed')
        yield `row ${i} · ünïcode\n`
      }
    }
    await writeFileAtomic(path, chunks(false))
    const written = await readFile(path, 'utf8')
    expect(written.split('\n')).toHaveLength(1001)
    expect(written.endsWith('row 999 · ünïcode\n')).toBe(true)
    await expect(writeFileAtomic(path, chunks(true))).rejects.toThrow('the index changed')
    expect(await readFile(path, 'utf8')).toBe(written)
    expect(await readdir(dir)).toEqual(['index.json'])
  })

  it('survives many concurrent writes to one file with one of them intact', async () => {
    const path = join(dir, 'article.json')
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeFileAtomic(path, `write ${i}`)))
    expect(await readFile(path, 'utf8')).toMatch(/^write \d+$/)
    expect(await readdir(dir)).toEqual(['article.json'])
  })
})

describe('sweepTempFiles', () => {
  it("removes an earlier process's abandoned temp files, never this one's", async () => {
    await writeFile(join(dir, '.article.json.deadbeef-3.tmp'), 'half')
    await writeFile(join(dir, 'article.json'), '{}')
    await writeFile(join(dir, 'notes.tmp'), 'not ours')
    expect(await sweepTempFiles(dir, Date.now() + ABANDONED_TEMP_MS + 1000)).toBe(1)
    expect((await readdir(dir)).sort()).toEqual(['article.json', 'notes.tmp'])
  })

  it('leaves a recent temp file of another process: it may still be renamed', async () => {
    await writeFile(join(dir, '.article.json.deadbeef-3.tmp'), 'in flight')
    expect(await sweepTempFiles(dir)).toBe(0)
    expect(await readdir(dir)).toEqual(['.article.json.deadbeef-3.tmp'])
  })

  it('treats a missing folder as clean', async () => {
    expect(await sweepTempFiles(join(dir, 'nope'))).toBe(0)
  })

  it('recognises leftover names', () => {
    expect(isLeftoverTempFile('.index.json.0badf00d-12.tmp')).toBe(true)
    expect(isLeftoverTempFile('index.json')).toBe(false)
  })
})
