import { describe, expect, it } from 'vitest'
import { MatchingMiniSearch } from './MatchingMiniSearch'

describe('MatchingMiniSearch', () => {
  it('drops discarded documents from its terms when it vacuums', async () => {
    const mini = new MatchingMiniSearch()
    for (let i = 0; i < 6; i++) mini.add({ id: `d${i}`, title: 'Harbour', text: `pier${i}` })
    mini.discard('d1')
    mini.discard('d4')
    await mini.vacuumInSlices(async () => undefined)
    expect(mini.termEntry('harbour')).toEqual(['harbour', { 0: [0, 1, 2, 1, 1, 1, 2, 1] }])
    expect(mini.termEntry('pier1')).toBeNull()
    expect(mini.matchingIds('harb')).toEqual(new Set(['d0', 'd2', 'd3', 'd5']))
  })

  it('asks for vacuuming once a tenth of its documents and at least 20 are discarded', async () => {
    const mini = new MatchingMiniSearch()
    for (let i = 0; i < 100; i++) mini.add({ id: `d${i}`, title: 'Harbour', text: `pier${i}` })
    for (let i = 0; i < 19; i++) mini.discard(`d${i}`)
    expect(mini.needsVacuum).toBe(false)
    mini.discard('d19')
    expect(mini.needsVacuum).toBe(true)
    let pauses = 0
    await mini.vacuumInSlices(async () => {
      pauses++
    })
    expect(mini.needsVacuum).toBe(false)
    expect(pauses).toBe(mini.terms().length + 20)
    expect(mini.termEntry('harbour')?.[1][0]?.length).toBe(160)
  })
})
