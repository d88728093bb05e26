import { describe, expect, it } from 'vitest'
import { MatchingMiniSearch } from './MatchingMiniSearch'

describe('MatchingMiniSearch', () => {
  it('drops discarded documents from its terms when it vacuums', async () => {
    const mini = new MatchingMiniSearch()
    for (let i = 0; i < 6; i++) mini.add({ id: `d${i}`, title: 'Harbour', text: `pier${i}` })
    mini.discard('d1')
    mini.discard('d4')
    await mini.vacuum()
    expect(mini.termEntry('harbour')).toEqual(['harbour', { 0: [0, 1, 2, 1, 1, 1, 2, 1] }])
    expect(mini.termEntry('pier1')).toBeNull()
    expect(mini.matchingIds('harb')).toEqual(new Set(['d0', 'd2', 'd3', 'd5']))
  })
})
