import { describe, expect, it } from 'vitest'
import { SearchIndex } from './SearchIndex'

const doc = (id: string, title: string, text: string) => ({ id, title, text })

describe('SearchIndex', () => {
  it('matches every word, by prefix, with typos and without accents', () => {
    const index = SearchIndex.empty()
    index.upsert(doc('a', 'Harbour expansion', 'New berths for container ships'), '1')
    index.upsert(doc('b', 'Café culture', 'A morning by the harbour'), '1')
    expect(index.search('harb')).toEqual(new Set(['a', 'b']))
    expect(index.search('harbour contaner')).toEqual(new Set(['a']))
    expect(index.search('CAFE')).toEqual(new Set(['b']))
    expect(index.search('submarine')).toEqual(new Set())
    expect(index.search('  ')).toEqual(new Set())
  })

  it('forgets what a replaced or removed article said', () => {
    const index = SearchIndex.empty()
    index.upsert(doc('a', 'Old', 'lighthouse'), '1')
    index.upsert(doc('a', 'New', 'windmill'), '2')
    index.upsert(doc('b', 'Other', 'lighthouse keeper'), '1')
    index.remove('b')
    expect(index.search('lighthouse')).toEqual(new Set())
    expect(index.search('windmill')).toEqual(new Set(['a']))
  })

  it('comes back the same from its snapshot', async () => {
    const index = SearchIndex.empty()
    index.upsert(doc('a', 'Harbour', 'container ships'), '1')
    index.upsert(doc('b', 'Solar', 'panels on roofs'), '7')
    index.remove('b')
    const copy = await SearchIndex.parse(await index.serialize())
    expect(copy?.search('contain')).toEqual(new Set(['a']))
    expect(copy?.search('panels')).toEqual(new Set())
    expect(copy?.fingerprint('a')).toBe('1')
    expect(copy?.ids()).toEqual(['a'])
  })

  it('leaves out an article changed while its snapshot was being written', async () => {
    const index = SearchIndex.empty()
    for (let i = 0; i < 300; i++) {
      const words = Array.from({ length: 200 }, (_, w) => `word${i}x${w}`).join(' ')
      index.upsert(doc(`d${i}`, `Title ${i}`, words), '1')
    }
    const writing = index.serialize()
    index.upsert(doc('d0', 'Changed', 'changed words'), '2')
    const copy = await SearchIndex.parse(await writing)
    expect(copy?.fingerprint('d0')).toBeUndefined()
    expect(copy?.fingerprint('d1')).toBe('1')
    expect(index.changed).toBe(true)
  })

  it('refuses a damaged or outdated snapshot', async () => {
    expect(await SearchIndex.parse('')).toBeNull()
    expect(await SearchIndex.parse('["a",{}]\n{"format":1}\n')).toBeNull()
    expect(await SearchIndex.parse('not json\n')).toBeNull()
  })
})
