import { useCallback, useEffect, useRef, useState } from 'react'
import { copydesk, type CopydeskClient } from './copydesk'
import { messageOf } from './messageOf'

/** What {@link useBridgeQuery} knows about one value read from the main side. */
export interface BridgeQuery<T> {
  /** The last value read; null until the first answer (and after a failed first read). */
  data: T | null
  /** The failure of the last read, written for people; null when it succeeded. */
  error: string | null
  /** True while a read is under way. */
  loading: boolean
  /** Reads again (after an edit that changed what the main side would answer). */
  reload(): void
  /** Replaces the value held here, e.g. with the answer of a save. */
  set(value: T): void
}

/** Options of {@link useBridgeQuery}. */
export interface BridgeQueryOptions {
  /** False to wait (e.g. until settings are known); defaults to true. */
  enabled?: boolean
  /** The message when a failure carries none of its own. */
  fallback?: string
}

/**
 * Reads a value through `window.copydesk` whenever `key` changes, the one way the renderer
 * loads data: answers that arrive after the key changed or the component left are dropped,
 * and a failure becomes a message instead of an unhandled rejection. `key` lists the inputs
 * of `load` (compared by value), like an effect's dependencies.
 */
export function useBridgeQuery<T>(
  key: readonly unknown[],
  load: (api: CopydeskClient) => Promise<T>,
  options: BridgeQueryOptions = {},
): BridgeQuery<T> {
  const { enabled = true, fallback } = options
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  /** Which key and generation the held answer belongs to; differs from now while loading. */
  const [settled, setSettled] = useState<string | null>(null)
  const [generation, setGeneration] = useState(0)
  const loadRef = useRef(load)
  const fallbackRef = useRef(fallback)
  useEffect(() => {
    loadRef.current = load
    fallbackRef.current = fallback
  })
  const keyText = JSON.stringify(key)
  const request = `${keyText}#${generation}`

  useEffect(() => {
    if (!enabled) return
    let current = true
    Promise.resolve()
      .then(() => loadRef.current(copydesk()))
      .then(
        (value) => {
          if (!current) return
          setData(value)
          setError(null)
          setSettled(request)
        },
        (failure: unknown) => {
          if (!current) return
          setError(messageOf(failure, fallbackRef.current))
          setSettled(request)
        },
      )
    return () => {
      current = false
    }
  }, [request, enabled])

  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  const set = useCallback((value: T) => setData(() => value), [])
  const loading = enabled && settled !== request
  return { data, error, loading, reload, set }
}
