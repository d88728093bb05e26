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

  it('writes a snapshot without long lines: one per term and one per document', async () => {
    const index = SearchIndex.empty()
    // No word is shared, so only the layout could make a line long (a common word's line is).
    for (let i = 0; i < 2000; i++) index.upsert(doc(`d${i}`, `t${i}`, `word${i}`), `f${i}`)
    const lines = (await index.serialize()).trimEnd().split('\n')
    expect(lines[0]).toBe('{"format":4}')
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(200)
    expect(lines.filter((line) => line.includes('"d1999"'))).toEqual([
      expect.stringContaining('"f1999"'),
    ])
    const copy = await SearchIndex.parse(lines.join('\n'))
    expect(copy?.search('word1999')).toContain('d1999')
    expect(copy?.search('word1999')).toEqual(index.search('word1999'))
    expect(copy?.documentCount).toBe(2000)
    expect(copy?.changed).toBe(false)
  })

  it('reads an older snapshot (terms, then every document on one line) and marks it for rewriting', async () => {
    const older = [
      '["morning",{"1":{"2":1}}]',
      '["coffee",{"1":{"2":1}}]',
      '["container",{"1":{"0":1}}]',
      '["cafe",{"0":{"2":1}}]',
      '["roofs",{"1":{"1":1}}]',
      '["on",{"1":{"1":1}}]',
      '["panels",{"1":{"1":1}}]',
      '["solar",{"0":{"1":1}}]',
      '["ships",{"1":{"0":1}}]',
      '["harbour",{"0":{"0":1}}]',
      '{"format":2,"fingerprints":{"a":"1","c":"3"},"header":{"documentCount":2,"nextId":3,' +
        '"documentIds":{"0":"a","2":"c"},"fieldIds":{"title":0,"text":1},' +
        '"fieldLength":{"0":[1,2],"2":[1,2]},"averageFieldLength":[1,2],"storedFields":{},' +
        '"dirtCount":1,"serializationVersion":2}}',
    ].join('\n')
    const copy = await SearchIndex.parse(`${older}\n`)
    expect(copy?.search('contain')).toEqual(new Set(['a']))
    expect(copy?.search('cafe')).toEqual(new Set(['c']))
    expect(copy?.search('panels')).toEqual(new Set())
    expect(copy?.fingerprint('c')).toBe('3')
    expect(copy?.changed).toBe(true)
    copy?.upsert(doc('d', 'Lighthouse', 'keeper'), '1')
    expect(copy?.search('lighthouse')).toEqual(new Set(['d']))
    const rewritten = await copy!.serialize()
    expect(rewritten.startsWith('{"format":4}\n')).toBe(true)
    expect((await SearchIndex.parse(rewritten))?.search('morning')).toEqual(new Set(['c']))
  })

  it('answers the same from a snapshot as the index it was taken from, before and after changes', async () => {
    const words = ['harbour', 'harvest', 'lighthouse', 'keeper', 'container', 'café', 'solar']
    const built = SearchIndex.empty()
    for (let i = 0; i < 200; i++) {
      const text = words.filter((_, w) => (i + w) % (w + 2) === 0).join(' ')
      built.upsert(doc(`d${i}`, `Report ${i % 7}`, `${text} number${i}`), `f${i}`)
    }
    const copy = await SearchIndex.parse(await built.serialize())
    if (!copy) throw new Error('snapshot not read')
    // Prefixes, typos, accents, several words, a word only one article has.
    const queries = ['har', 'harbuor', 'lihgthouse keeper', 'cafe report', 'number1', 'number199']
    const answers = (index: SearchIndex) => queries.map((query) => [...index.search(query)].sort())
    expect(answers(copy)).toEqual(answers(built))
    for (const index of [built, copy]) {
      index.upsert(doc('d3', 'Windmill', 'harbour windmill'), 'g3')
      index.upsert(doc('new', 'Lighthouse', 'keeper of the harbour'), 'n')
      index.remove('d4')
    }
    queries.push('windmill', 'keeper')
    expect(answers(copy)).toEqual(answers(built))
    expect(copy.search('windmill')).toEqual(new Set(['d3']))
  })

  it('reads a format-3 snapshot (documents as MiniSearch lists them) and rewrites it', async () => {
    const older = [
      '{"format":3}',
      '["harbour",{"0":{"0":1},"1":{"1":2}}]',
      '["keeper",{"1":{"1":1}}]',
      '[0,"a",[1,1],"1"]',
      '[1,"b",[1,3],"2"]',
      '{"nextId":2,"fieldIds":{"title":0,"text":1},"averageFieldLength":[1,2],"dirtCount":0}',
    ].join('\n')
    const copy = await SearchIndex.parse(`${older}\n`)
    expect(copy?.search('harb')).toEqual(new Set(['a', 'b']))
    expect(copy?.search('keepr')).toEqual(new Set(['b']))
    expect(copy?.changed).toBe(true)
    const rewritten = await copy!.serialize()
    expect(rewritten.startsWith('{"format":4}\n')).toBe(true)
    expect(rewritten).toContain('\n["harbour",{"0":[0,1],"1":[1,2]}]\n')
    expect((await SearchIndex.parse(rewritten))?.search('harbour')).toEqual(new Set(['a', 'b']))
  })

  it('cleans removed articles out of its terms in the background', async () => {
    const index = SearchIndex.empty()
    for (let i = 0; i < 40; i++) index.upsert(doc(`d${i}`, 'Harbour', `pier${i}`), '1')
    for (let i = 0; i < 20; i++) index.remove(`d${i}`)
    expect(index.search('harbour').size).toBe(20)
    await new Promise((resolve) => setImmediate(resolve))
    const snapshot = await index.serialize()
    expect(snapshot).toContain(`["harbour",{"0":[20,1${',1,1'.repeat(19)}]}]`)
    expect(snapshot).not.toContain('pier0')
  })

  it('refuses a snapshot cut short', async () => {
    const index = SearchIndex.empty()
    index.upsert(doc('a', 'Harbour', 'container ships'), '1')
    const lines = (await index.serialize()).trimEnd().split('\n')
    expect(await SearchIndex.parse(lines.slice(0, -1).join('\n'))).toBeNull()
    expect(await SearchIndex.parse(lines.join('\n'))).not.toBeNull()
  })
})
