import { mkdtemp, readdir, rm, unlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RevisionInfo } from '@shared/ipc/contract'
import { LibraryPaths } from './LibraryPaths'
import { newArticleFile } from './newArticleFile'
import { RevisionStore, revisionsToPrune } from './RevisionStore'

const ID = 'abcdef123456'
let root: string
let paths: LibraryPaths

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-revisions-'))
  paths = new LibraryPaths(root)
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 10, minute))
const info = (revId: string, reason: RevisionInfo['reason']): RevisionInfo => ({
  revId,
  reason,
  createdAt: '',
  title: '',
  wordCount: 0,
})

describe('revisionsToPrune', () => {
  it('drops the oldest automatic snapshots first', () => {
    const list = [info('1', 'status'), info('2', 'auto'), info('3', 'restore'), info('4', 'auto')]
    expect(revisionsToPrune(list, 3).map((i) => i.revId)).toEqual(['2'])
    expect(revisionsToPrune(list, 2).map((i) => i.revId)).toEqual(['2', '4'])
  })

  it('drops the oldest of the others once no automatic one is left', () => {
    const list = [info('1', 'status'), info('2', 'auto'), info('3', 'restore')]
    expect(revisionsToPrune(list, 1).map((i) => i.revId)).toEqual(['2', '1'])
  })
})

describe('RevisionStore', () => {
  it('keeps snapshots in order and reads them back', async () => {
    const store = new RevisionStore(paths, 200)
    const file = newArticleFile(ID, 'Snapshot me', at(0))
    const first = await store.add(file, 'auto', 0, at(1))
    const second = await store.add(
      { ...file, meta: { ...file.meta, title: 'Later' } },
      'status',
      0,
      at(2),
    )
    expect((await store.list(ID)).map((r) => r.revId)).toEqual([first.revId, second.revId])
    expect((await store.get(ID, second.revId)).meta.title).toBe('Later')
  })

  it('stays within the limit, deleting the files it drops', async () => {
    const store = new RevisionStore(paths, 3)
    const file = newArticleFile(ID, 'Busy', at(0))
    const status = await store.add(file, 'status', 0, at(1))
    for (let i = 2; i < 8; i++) await store.add(file, 'auto', 0, at(i))
    const list = await store.list(ID)
    expect(list).toHaveLength(3)
    expect(list[0]?.revId).toBe(status.revId)
    const files = (await readdir(paths.revisionsDir(ID))).filter((n) => n !== 'index.json')
    expect(files.sort()).toEqual(list.map((r) => `${r.revId}.json`).sort())
  })

  it('rebuilds its list from the snapshots when the list file is lost', async () => {
    const writer = new RevisionStore(paths, 200)
    const file = newArticleFile(ID, 'Lost list', at(0))
    const a = await writer.add(file, 'auto', 0, at(1))
    const b = await writer.add(file, 'status', 0, at(2))
    await unlink(join(paths.revisionsDir(ID), 'index.json'))
    const reader = new RevisionStore(paths, 200)
    expect((await reader.list(ID)).map((r) => r.revId)).toEqual([a.revId, b.revId])
  })

  it('answers not found for a revision id that is missing or not an id', async () => {
    const store = new RevisionStore(paths, 200)
    await expect(store.get(ID, '20250101T000000000Z-zzzz')).rejects.toMatchObject({
      code: 'not_found',
    })
    await expect(store.get(ID, '../../article')).rejects.toMatchObject({ code: 'not_found' })
  })
})
