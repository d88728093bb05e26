import { describe, expect, it } from 'vitest'
import type { FileStamp } from './ArticleRepository'
import { verifyStamps } from './verifyStamps'

function setup(disk: Record<string, FileStamp | null>, index: Record<string, FileStamp>) {
  const changed: string[] = []
  const gone: string[] = []
  let stop = false
  const deps = {
    stampOnDisk: (id: string) => disk[id] ?? null,
    stampInIndex: (id: string) => index[id],
    onChanged: async (id: string) => void changed.push(id),
    onGone: (id: string) => void gone.push(id),
    stopped: () => stop,
  }
  return { deps, changed, gone, stopNow: () => (stop = true) }
}

describe('verifyStamps', () => {
  it('re-reads changed files and forgets vanished ones', async () => {
    const same = { mtimeMs: 1, size: 10 }
    const { deps, changed, gone } = setup(
      { a: same, b: { mtimeMs: 2, size: 10 }, c: null },
      { a: same, b: same, c: same },
    )
    expect(await verifyStamps(['a', 'b', 'c'], deps)).toBe(2)
    expect(changed).toEqual(['b'])
    expect(gone).toEqual(['c'])
  })

  it('skips entries the index dropped meanwhile', async () => {
    const { deps, changed } = setup({ a: { mtimeMs: 5, size: 1 } }, {})
    expect(await verifyStamps(['a'], deps)).toBe(0)
    expect(changed).toEqual([])
  })

  it('stops when the library closes', async () => {
    const { deps, changed, stopNow } = setup(
      { a: { mtimeMs: 5, size: 1 } },
      { a: { mtimeMs: 1, size: 1 } },
    )
    stopNow()
    expect(await verifyStamps(['a'], deps)).toBe(0)
    expect(changed).toEqual([])
  })
})
