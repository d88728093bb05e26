import { useCallback, useEffect, useRef, useState } from 'react'
import { copydesk, type CopydeskClient } from './copydesk'
import { messageOf } from './messageOf'

/** How one run of an action ended. */
export type ActionOutcome<T> = { ok: true; value: T } | { ok: false; error: string }

/** What {@link useBridgeAction} offers for one kind of change made through the main side. */
export interface BridgeAction<A extends unknown[], T> {
  /** Runs the action; never rejects: a failure is also kept in `error`. */
  run(...args: A): Promise<ActionOutcome<T>>
  /** True while a run is under way. */
  busy: boolean
  /** The failure of the last run, written for people; null after a success. */
  error: string | null
  /** Forgets the last failure (e.g. when the person edits the input again). */
  clearError(): void
}

/**
 * A change made through `window.copydesk` (save, delete, test…), the one way the renderer
 * runs one: `busy` while it runs, the failure as a message, and nothing set after the
 * component left.
 */
export function useBridgeAction<A extends unknown[], T>(
  action: (api: CopydeskClient, ...args: A) => Promise<T>,
  fallback?: string,
): BridgeAction<A, T> {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const actionRef = useRef(action)
  const mounted = useRef(true)
  useEffect(() => {
    actionRef.current = action
  })
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const run = useCallback(
    async (...args: A): Promise<ActionOutcome<T>> => {
      setBusy(true)
      setError(null)
      try {
        return { ok: true, value: await actionRef.current(copydesk(), ...args) }
      } catch (failure) {
        const message = messageOf(failure, fallback)
        if (mounted.current) setError(message)
        return { ok: false, error: message }
      } finally {
        if (mounted.current) setBusy(false)
      }
    },
    [fallback],
  )
  const clearError = useCallback(() => setError(null), [])
  return { run, busy, error, clearError }
}
