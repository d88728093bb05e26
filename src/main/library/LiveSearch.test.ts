import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LiveSearch, type SearchSource } from './LiveSearch'
import type { SearchDocument } from './MatchingMiniSearch'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-search-'))
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A library of documents in memory; `reads` counts what the index had to read. */
function source(docs: Map<string, { doc: SearchDocument; fingerprint: string }>) {
  const counter = { reads: 0 }
  const src: SearchSource = {
    fingerprints: () => new Map([...docs].map(([id, d]) => [id, d.fingerprint])),
    fingerprint: (id) => docs.get(id)?.fingerprint,
    read: async (id) => {
      counter.reads++
      return docs.get(id) ?? null
    },
  }
  return { src, counter }
}

const entry = (id: string, title: string, text: string, fingerprint = '1') => ({
  doc: { id, title, text },
  fingerprint,
})

describe('LiveSearch', () => {
  it('answers null until loaded, then finds by prefix and typo', async () => {
    const docs = new Map([['a', entry('a', 'Harbour', 'container ships')]])
    const search = new LiveSearch(join(dir, 's.json'), source(docs).src)
    expect(search.search('harbour')).toBeNull()
    await search.whenReady()
    expect(search.search('harb')).toEqual(new Set(['a']))
    expect(search.search('contaner')).toEqual(new Set(['a']))
  })

  it('keeps updates made while loading', async () => {
    const docs = new Map([['a', entry('a', 'Harbour', 'ships')]])
    const search = new LiveSearch(join(dir, 's.json'), source(docs).src)
    search.upsert({ id: 'a', title: 'Harbour', text: 'lighthouse' }, '1')
    await search.whenReady()
    expect(search.search('lighthouse')).toEqual(new Set(['a']))
  })

  it('reloads from its snapshot and re-reads only what changed', async () => {
    const docs = new Map([
      ['a', entry('a', 'Harbour', 'ships')],
      ['b', entry('b', 'Solar', 'panels')],
    ])
    const first = new LiveSearch(join(dir, 's.json'), source(docs).src)
    await first.whenReady()
    await first.close()
    docs.set('b', entry('b', 'Solar', 'turbines', '2'))
    docs.delete('a')
    const { src, counter } = source(docs)
    const second = new LiveSearch(join(dir, 's.json'), src)
    await second.whenReady()
    expect(counter.reads).toBe(1)
    expect(second.search('turbines')).toEqual(new Set(['b']))
    expect(second.search('ships')).toEqual(new Set())
  })
})
