import { execFileSync, spawnSync } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocNode } from '../../src/shared/article/Article'
import { LibraryService } from '../../src/main/library/LibraryService'
import { buildCrashChild } from './buildCrashChild'

const NOBODY = 65534

/** Small real file systems need root (mount) here; elsewhere these tests say so and skip. */
function canMount(): boolean {
  if (process.getuid?.() !== 0) return false
  return spawnSync('mount', ['--version']).status === 0
}

let work: string

async function mountTmpfs(dir: string, size: string): Promise<void> {
  await mkdir(dir, { recursive: true })
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir])
}

function unmount(dir: string): void {
  spawnSync('umount', [dir])
}

async function libraryWith(root: string, titles: string[]): Promise<string[]> {
  const library = await LibraryService.open({ root })
  const ids: string[] = []
  for (const title of titles) ids.push((await library.create({ title })).meta.id)
  await library.close()
  return ids
}

describe.skipIf(!canMount())('a library on a difficult disk', () => {
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'copydesk-disk-'))
    await chmod(work, 0o755)
  })
  afterAll(async () => {
    for (const name of ['ro', 'full']) unmount(join(work, name))
    await rm(work, { recursive: true, force: true })
  })

  it('opens read-only on a read-only volume and says why a create is refused', async () => {
    const mountPoint = join(work, 'ro')
    await mountTmpfs(mountPoint, '8m')
    const root = join(mountPoint, 'library')
    await libraryWith(root, ['Kept one', 'Kept two'])
    execFileSync('mount', ['-o', 'remount,ro', mountPoint])
    const library = await LibraryService.open({ root })
    expect(library.readOnly).toContain('cannot write')
    expect(
      library
        .list({})
        .items.map((s) => s.title)
        .sort(),
    ).toEqual(['Kept one', 'Kept two'])
    await expect(library.create({ title: 'New' })).rejects.toThrow(/cannot write/)
    await library.close()
  })

  it('on a full disk: a failed save keeps the last one, a delete leaves a consistent state', async () => {
    const mountPoint = join(work, 'full')
    await mountTmpfs(mountPoint, '2m')
    const root = join(mountPoint, 'library')
    const [keep, gone] = await libraryWith(root, ['Stays', 'Goes'])
    const library = await LibraryService.open({ root })
    const body = (text: string): DocNode => ({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    })
    await library.save({ id: keep as string, doc: body('Saved before the disk filled.') }, 'me')
    // Fill the disk to the last block.
    await writeFile(join(mountPoint, 'filler'), Buffer.alloc(4 * 1024 * 1024)).catch(
      () => undefined,
    )
    const failed = await library
      .save({ id: keep as string, doc: body('x'.repeat(200_000)) }, 'me')
      .then(
        () => null,
        (error: Error) => error.message,
      )
    expect(failed).toContain('the disk is full')
    expect((await library.get(keep as string)).doc).toEqual(body('Saved before the disk filled.'))

    const deleted = await library.delete(gone as string).then(
      () => 'deleted',
      (error: Error) => error.message,
    )
    const listed = library.list({}).items.map((s) => s.title)
    const trash = (await library.trashList()).map((t) => t.title)
    if (deleted === 'deleted') {
      expect(listed).toEqual(['Stays'])
      expect(trash).toEqual(['Goes'])
    } else {
      expect(listed.sort()).toEqual(['Goes', 'Stays'])
      expect(trash).toEqual([])
    }
    await library.close()
    await rm(join(mountPoint, 'filler'))
    const reopened = await LibraryService.open({ root })
    expect(reopened.list({}).items.map((s) => s.title)).toEqual(listed)
    expect(reopened.info().quarantine).toEqual([])
    await reopened.close()
  })

  it('skips one unreadable article folder with a reason and opens the rest', async () => {
    const root = join(work, 'eacces')
    const [locked] = await libraryWith(root, ['Locked', 'Open one', 'Open two'])
    execFileSync('chown', ['-R', `${NOBODY}:${NOBODY}`, root])
    await chmod(join(root, 'articles', locked as string), 0o000)
    const script = await buildCrashChild('openLibrary', join(work, 'bin'))
    const out = execFileSync(
      'setpriv',
      [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, script, root],
      { encoding: 'utf8' },
    )
    const shown = JSON.parse(out) as { titles: string[]; quarantine: { reason: string }[] }
    expect(shown.titles.sort()).toEqual(['Open one', 'Open two'])
    expect(shown.quarantine.map((n) => n.reason).join(' ')).toContain('not allowed to read')
    // The folder was left where it was, untouched.
    await chmod(join(root, 'articles', locked as string), 0o755)
    expect(await readdir(join(root, 'articles', locked as string))).toContain('article.json')
    expect(
      JSON.parse(await readFile(join(root, 'articles', locked as string, 'article.json'), 'utf8'))
        .meta.title,
    ).toBe('Locked')
  })
})
