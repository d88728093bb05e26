import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PreviewScheduler } from './PreviewScheduler'

interface Call {
  state: number
  resolve(value: string): void
}

/** A scheduler whose renders wait until the test answers them. */
function setup(intervalMs = 150) {
  let state = 0
  const calls: Call[] = []
  const results: string[] = []
  const scheduler = new PreviewScheduler<string>({
    intervalMs,
    render: () => {
      const seen = state
      return new Promise<string>((resolve) => calls.push({ state: seen, resolve }))
    },
    onResult: (r) => results.push(r),
    onError: () => results.push('error'),
  })
  return {
    scheduler,
    calls,
    results,
    edit() {
      state++
      scheduler.changed()
    },
  }
}

const flush = () => vi.advanceTimersByTimeAsync(0)

describe('PreviewScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('renders the first change after a quiet spell at once', () => {
    const t = setup()
    t.edit()
    expect(t.calls.map((c) => c.state)).toEqual([1])
  })

  it('keeps one render in flight and renders the latest state after it', async () => {
    const t = setup()
    t.edit()
    t.edit()
    t.edit()
    await vi.advanceTimersByTimeAsync(1000)
    expect(t.calls).toHaveLength(1)
    t.calls[0]?.resolve('first')
    await flush()
    expect(t.results).toEqual(['first'])
    expect(t.calls.map((c) => c.state)).toEqual([1, 3])
  })

  it('paces renders while changes keep coming', async () => {
    const t = setup(150)
    // Renders answer instantly; edits come every 20 ms for a second.
    for (let i = 0; i < 50; i++) {
      t.edit()
      for (const c of t.calls) c.resolve('ok')
      await vi.advanceTimersByTimeAsync(20)
    }
    await vi.advanceTimersByTimeAsync(500)
    for (const c of t.calls) c.resolve('ok')
    await flush()
    // 1 s of typing at one render per 150 ms: about 7, never one per keystroke.
    expect(t.calls.length).toBeGreaterThanOrEqual(6)
    expect(t.calls.length).toBeLessThanOrEqual(9)
    expect(t.calls.at(-1)?.state).toBe(50)
  })

  it('drops an answer whose state was replaced, and renders the new one', async () => {
    const t = setup()
    t.edit()
    t.scheduler.invalidate()
    expect(t.calls).toHaveLength(1)
    t.calls[0]?.resolve('stale')
    await flush()
    expect(t.results).toEqual([])
    expect(t.calls).toHaveLength(2)
    t.calls[1]?.resolve('fresh')
    await flush()
    expect(t.results).toEqual(['fresh'])
  })

  it('reports a failed render and keeps going', async () => {
    let fail = true
    const results: string[] = []
    const scheduler = new PreviewScheduler<string>({
      render: () => (fail ? Promise.reject(new Error('down')) : Promise.resolve('up')),
      onResult: (r) => results.push(r),
      onError: () => results.push('error'),
    })
    scheduler.changed()
    await flush()
    fail = false
    scheduler.changed()
    await vi.advanceTimersByTimeAsync(200)
    expect(results).toEqual(['error', 'up'])
  })

  it('does nothing after dispose', async () => {
    const t = setup()
    t.scheduler.dispose()
    t.edit()
    await vi.advanceTimersByTimeAsync(500)
    expect(t.calls).toHaveLength(0)
  })
})

describe('PreviewScheduler with a deferred start', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('reads the state when the deferred start runs, not when the change came', async () => {
    let state = 0
    const seen: number[] = []
    const scheduler = new PreviewScheduler<number>({
      defer: (start) => setTimeout(start, 16),
      render: () => {
        seen.push(state)
        return Promise.resolve(state)
      },
      onResult: () => undefined,
      onError: () => undefined,
    })
    state = 1
    scheduler.changed()
    state = 2
    scheduler.changed()
    expect(seen).toEqual([])
    await vi.advanceTimersByTimeAsync(16)
    expect(seen).toEqual([2])
    await vi.advanceTimersByTimeAsync(500)
    expect(seen).toEqual([2])
  })
})
