import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DocNode } from '@shared/article/Article'
import type { SaveResult } from '@shared/ipc/contract'
import { CopydeskError } from '../api/CopydeskError'
import { AutosaveController, type SaveRequest } from './AutosaveController'

const doc = (text: string): DocNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

const result = (savedAt = '2025-01-01T00:00:00.000Z'): SaveResult =>
  ({ meta: {}, summary: {}, version: 1, savedAt }) as unknown as SaveResult

/** A save function whose calls stay open until the test settles them. */
function manualSave() {
  const calls: { request: SaveRequest; resolve(): void; reject(error: unknown): void }[] = []
  const save = vi.fn(
    (request: SaveRequest) =>
      new Promise<SaveResult>((resolve, reject) => {
        calls.push({ request, resolve: () => resolve(result()), reject })
      }),
  )
  return { save, calls }
}

describe('AutosaveController', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('waits for 700 ms of quiet, then saves once with the latest document', async () => {
    const save = vi.fn(async () => result())
    const autosave = new AutosaveController({ save })
    const getDoc = vi.fn(() => doc('third'))
    autosave.changeDoc(() => doc('first'))
    await vi.advanceTimersByTimeAsync(300)
    autosave.changeDoc(() => doc('second'))
    await vi.advanceTimersByTimeAsync(300)
    autosave.changeDoc(getDoc)
    await vi.advanceTimersByTimeAsync(699)
    expect(save).not.toHaveBeenCalled()
    expect(getDoc).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(save).toHaveBeenCalledTimes(1)
    expect(save).toHaveBeenCalledWith({ doc: doc('third') })
    expect(getDoc).toHaveBeenCalledTimes(1)
    expect(autosave.state.get()).toEqual({ kind: 'saved', savedAt: '2025-01-01T00:00:00.000Z' })
  })

  it('shows pending, then saving, then saved', async () => {
    const { save, calls } = manualSave()
    const autosave = new AutosaveController({ save })
    autosave.changeDoc(() => doc('a'))
    expect(autosave.state.get().kind).toBe('pending')
    await vi.advanceTimersByTimeAsync(700)
    expect(autosave.state.get().kind).toBe('saving')
    calls[0]?.resolve()
    await vi.advanceTimersByTimeAsync(0)
    expect(autosave.state.get().kind).toBe('saved')
  })

  it('merges meta patches into one save', async () => {
    const save = vi.fn(async () => result())
    const autosave = new AutosaveController({ save })
    autosave.changeMeta({ title: 'Harbour' })
    autosave.changeMeta({ tags: ['port'] })
    autosave.changeMeta({ title: 'Harbour expansion' })
    await vi.advanceTimersByTimeAsync(700)
    expect(save).toHaveBeenCalledExactlyOnceWith({
      meta: { title: 'Harbour expansion', tags: ['port'] },
    })
  })

  it('never runs two saves at once and coalesces edits made during a save', async () => {
    const { save, calls } = manualSave()
    const autosave = new AutosaveController({ save })
    autosave.changeDoc(() => doc('one'))
    await vi.advanceTimersByTimeAsync(700)
    autosave.changeDoc(() => doc('two'))
    autosave.changeMeta({ title: 'T' })
    autosave.changeDoc(() => doc('three'))
    await vi.advanceTimersByTimeAsync(2000)
    void autosave.flush()
    expect(save).toHaveBeenCalledTimes(1)
    calls[0]?.resolve()
    await vi.advanceTimersByTimeAsync(0)
    expect(save).toHaveBeenCalledTimes(2)
    expect(calls[1]?.request).toEqual({ doc: doc('three'), meta: { title: 'T' } })
  })

  it('saves at once on flush and resolves when the change is on disk', async () => {
    const save = vi.fn(async () => result())
    const autosave = new AutosaveController({ save })
    autosave.changeDoc(() => doc('now'))
    const saved = autosave.flush()
    expect(save).toHaveBeenCalledTimes(1)
    await expect(saved).resolves.toBe(true)
    await vi.advanceTimersByTimeAsync(5000)
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('does nothing on flush when everything is saved', async () => {
    const save = vi.fn(async () => result())
    const autosave = new AutosaveController({ save })
    await expect(autosave.flush()).resolves.toBe(true)
    expect(save).not.toHaveBeenCalled()
  })

  it('reports a failure, keeps the edits and retries with growing waits', async () => {
    const save = vi.fn(async (): Promise<SaveResult> => {
      throw new CopydeskError('io', 'The disk is full.')
    })
    const autosave = new AutosaveController({ save, retryDelaysMs: [1000, 2000] })
    autosave.changeMeta({ title: 'Kept' })
    await expect(autosave.flush()).resolves.toBe(false)
    expect(autosave.state.get()).toEqual({
      kind: 'error',
      message: 'The disk is full.',
      retryInMs: 1000,
    })
    await vi.advanceTimersByTimeAsync(999)
    expect(save).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(save).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(1999)
    expect(save).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(save).toHaveBeenCalledTimes(3)
    expect(save).toHaveBeenLastCalledWith({ meta: { title: 'Kept' } })
    expect(autosave.hasUnsavedChanges()).toBe(true)
  })

  it('sends the failed work together with newer edits once the disk is back', async () => {
    const { save, calls } = manualSave()
    const autosave = new AutosaveController({ save, retryDelaysMs: [1000] })
    autosave.changeDoc(() => doc('draft'))
    autosave.changeMeta({ title: 'Old title' })
    void autosave.flush()
    calls[0]?.reject(new Error('EIO'))
    await vi.advanceTimersByTimeAsync(0)
    autosave.changeMeta({ title: 'New title', excerpt: 'Short' })
    await vi.advanceTimersByTimeAsync(700)
    expect(save).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(300)
    expect(calls[1]?.request).toEqual({
      doc: doc('draft'),
      meta: { title: 'New title', excerpt: 'Short' },
    })
    calls[1]?.resolve()
    await vi.advanceTimersByTimeAsync(0)
    expect(autosave.state.get().kind).toBe('saved')
  })

  it('retries at once when asked, without waiting for the backoff', async () => {
    const { save, calls } = manualSave()
    const autosave = new AutosaveController({ save, retryDelaysMs: [30_000] })
    autosave.changeDoc(() => doc('x'))
    void autosave.flush()
    calls[0]?.reject(new CopydeskError('io', 'Busy'))
    await vi.advanceTimersByTimeAsync(0)
    void autosave.flush()
    expect(save).toHaveBeenCalledTimes(2)
    expect(calls[1]?.request).toEqual({ doc: doc('x') })
  })

  it('on close reads the pending document at once and finishes saving in the background', async () => {
    const { save, calls } = manualSave()
    const autosave = new AutosaveController({ save })
    autosave.changeDoc(() => doc('first'))
    void autosave.flush()
    let editorAlive = true
    autosave.changeDoc(() => {
      if (!editorAlive) throw new Error('editor destroyed')
      return doc('last words')
    })
    const closed = autosave.close()
    editorAlive = false
    calls[0]?.resolve()
    await vi.advanceTimersByTimeAsync(0)
    expect(calls[1]?.request).toEqual({ doc: doc('last words') })
    calls[1]?.resolve()
    await expect(closed).resolves.toBe(true)
    autosave.changeDoc(() => doc('ignored'))
    await vi.advanceTimersByTimeAsync(5000)
    expect(save).toHaveBeenCalledTimes(2)
  })

  it('tells listeners what each successful save sent', async () => {
    const save = vi.fn(async () => result('2025-02-02T00:00:00.000Z'))
    const autosave = new AutosaveController({ save })
    const listener = vi.fn()
    autosave.onSaved(listener)
    autosave.changeMeta({ category: 'News' })
    await autosave.flush()
    expect(listener).toHaveBeenCalledWith(result('2025-02-02T00:00:00.000Z'), {
      meta: { category: 'News' },
    })
  })
})
