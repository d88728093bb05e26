import { describe, expect, it } from 'vitest'
import { PackedTermFrequencies } from './PackedTermFrequencies'

describe('PackedTermFrequencies', () => {
  it('answers like a Map through the sets and deletes MiniSearch makes', () => {
    const packed = PackedTermFrequencies.from([])
    const map = new Map<number, number>()
    // Appends (new documents), a count going up, inserts in the middle, deletes, misses.
    const steps: [number, number | null][] = [
      [3, 1],
      [7, 1],
      [7, 2],
      [12, 1],
      [5, 4],
      [0, 1],
      [7, null],
      [40, 1],
      [3, null],
      [99, null],
      [41, 2],
      [1, 1],
      [12, null],
      [2, 3],
    ]
    for (const [id, freq] of steps) {
      if (freq === null) expect(packed.delete(id)).toBe(map.delete(id))
      else {
        packed.set(id, freq)
        map.set(id, freq)
      }
    }
    expect([...packed]).toEqual([...map].sort(([a], [b]) => a - b))
    expect(packed.size).toBe(map.size)
    for (let id = 0; id < 45; id++) expect(packed.get(id)).toBe(map.get(id))
  })

  it('lets its entries be deleted while they are iterated, as vacuuming does', () => {
    const packed = PackedTermFrequencies.from([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
    ])
    for (const [id] of packed) if (id % 2 === 0) packed.delete(id)
    expect([...packed.keys()]).toEqual([1, 3])
  })

  it('comes back the same from its snapshot layout, and refuses a damaged one', () => {
    const map = new Map([
      [9, 2],
      [4, 1],
      [100000, 7],
    ])
    const deltas = PackedTermFrequencies.toDeltaPairs(map)
    expect(deltas).toEqual([4, 1, 5, 2, 99991, 7])
    expect([...PackedTermFrequencies.fromDeltaPairs(deltas)]).toEqual([
      [4, 1],
      [9, 2],
      [100000, 7],
    ])
    expect(() => PackedTermFrequencies.fromDeltaPairs([4, 1, 0, 1])).toThrow()
    expect(() => PackedTermFrequencies.fromDeltaPairs([4, '1'])).toThrow()
    expect(() => PackedTermFrequencies.fromDeltaPairs([4, 1, 2])).toThrow()
  })
})
