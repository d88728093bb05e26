import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SearchIndex } from './SearchIndex'
import { readSearchIndexFile, writeSearchIndexFile } from './searchIndexFile'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-search-file-'))
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A format-2 snapshot: one line per term, then every document and fingerprint on one line. */
const OLDER_SNAPSHOT = [
  '["lighthouse",{"0":{"0":1},"1":{"1":1}}]',
  '["keeper",{"1":{"1":1}}]',
  '{"format":2,"fingerprints":{"a":"1","b":"2"},"header":{"documentCount":2,"nextId":2,' +
    '"documentIds":{"0":"a","1":"b"},"fieldIds":{"title":0,"text":1},' +
    '"fieldLength":{"0":[1,1],"1":[1,1]},"averageFieldLength":[1,1],"storedFields":{},' +
    '"dirtCount":0,"serializationVersion":2}}',
  '',
].join('\n')

describe('search index file', () => {
  it('streams a large snapshot back from disk', async () => {
    const index = SearchIndex.empty()
    for (let i = 0; i < 3000; i++) {
      index.upsert({ id: `d${i}`, title: `Report ${i}`, text: `harbour district${i}` }, `f${i}`)
    }
    const file = join(dir, 'search.txt')
    await writeSearchIndexFile(file, index)
    const copy = await readSearchIndexFile(file)
    expect(copy?.documentCount).toBe(3000)
    expect(copy?.search('harbour').size).toBe(3000)
    expect(copy?.fingerprint('d2999')).toBe('f2999')
  })

  it('reads an older snapshot from disk and rewrites it in the current layout', async () => {
    const file = join(dir, 'search.txt')
    await writeFile(file, OLDER_SNAPSHOT)
    const copy = await readSearchIndexFile(file)
    expect(copy?.search('lighthouse')).toEqual(new Set(['a', 'b']))
    expect(copy?.search('keeper')).toEqual(new Set(['b']))
    expect(copy?.changed).toBe(true)
    await writeSearchIndexFile(file, copy!)
    expect((await readFile(file, 'utf8')).split('\n')[0]).toBe('{"format":4}')
    expect((await readSearchIndexFile(file))?.fingerprint('b')).toBe('2')
  })

  it('gives null for a missing or cut-short file', async () => {
    expect(await readSearchIndexFile(join(dir, 'missing.txt'))).toBeNull()
    const index = SearchIndex.empty()
    index.upsert({ id: 'a', title: 'Harbour', text: 'ships' }, '1')
    const text = await index.serialize()
    const file = join(dir, 'cut.txt')
    await writeFile(file, text.slice(0, text.lastIndexOf('\n', text.length - 2)))
    expect(await readSearchIndexFile(file)).toBeNull()
  })
})
