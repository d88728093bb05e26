import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LibraryPaths } from './LibraryPaths'
import { restoreSetAsideFiles } from './restoreSetAsideFiles'
import { ABANDONED_TEMP_MS } from './sweepTempFiles'

const ID = 'a1b2c3d4e5f6'
/** Set aside by a process of another machine: only its age says it is abandoned. */
const ASIDE = '.article.json.0badf00d_4242_abcdef12-7.aside'
const LATER = Date.now() + ABANDONED_TEMP_MS + 60_000

let root: string
let paths: LibraryPaths

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-aside-'))
  paths = new LibraryPaths(root)
  await mkdir(paths.articleDir(ID), { recursive: true })
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

async function names(): Promise<string[]> {
  return (await readdir(paths.articleDir(ID))).sort()
}

async function conflictCopy(): Promise<string> {
  const name = (await names()).find((n) => /^article \(conflicted copy .*\)\.json$/.test(n))
  return readFile(join(paths.articleDir(ID), name ?? 'none'), 'utf8')
}

describe('restoreSetAsideFiles', () => {
  it('puts the version set aside back when a crash left no article.json', async () => {
    await writeFile(join(paths.articleDir(ID), ASIDE), 'last save')
    expect(await restoreSetAsideFiles(paths, ID, LATER)).toBe(true)
    expect(await names()).toEqual(['article.json'])
    expect(await readFile(paths.articleFile(ID), 'utf8')).toBe('last save')
  })

  it('keeps an older version set aside as a conflicted copy beside the newer one', async () => {
    await writeFile(join(paths.articleDir(ID), ASIDE), 'older')
    await utimes(join(paths.articleDir(ID), ASIDE), new Date(1000), new Date(1000))
    await writeFile(paths.articleFile(ID), 'newer')
    expect(await restoreSetAsideFiles(paths, ID, LATER)).toBe(false)
    expect(await readFile(paths.articleFile(ID), 'utf8')).toBe('newer')
    expect(await conflictCopy()).toBe('older')
    expect(await names()).toHaveLength(2)
  })

  it('makes a newer version set aside article.json again, the other a conflicted copy', async () => {
    await writeFile(paths.articleFile(ID), 'older')
    await utimes(paths.articleFile(ID), new Date(1000), new Date(1000))
    await writeFile(join(paths.articleDir(ID), ASIDE), 'newer')
    await restoreSetAsideFiles(paths, ID, LATER)
    expect(await readFile(paths.articleFile(ID), 'utf8')).toBe('newer')
    expect(await conflictCopy()).toBe('older')
    expect(await names()).toHaveLength(2)
  })

  it('leaves a version another machine set aside a moment ago alone', async () => {
    await writeFile(join(paths.articleDir(ID), ASIDE), 'in flight elsewhere')
    expect(await restoreSetAsideFiles(paths, ID)).toBe(false)
    expect(await names()).toEqual([ASIDE])
  })
})
