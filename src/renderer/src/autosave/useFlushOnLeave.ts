import { useEffect, useRef } from 'react'

/**
 * Saves at once when the window is hidden or about to close. The save call is started
 * synchronously, so main receives it even if this page goes away right after.
 */
export function useFlushOnLeave(flush: () => void): void {
  const flushRef = useRef(flush)
  useEffect(() => {
    flushRef.current = flush
  })
  useEffect(() => {
    const onHide = (): void => {
      if (document.visibilityState === 'hidden') flushRef.current()
    }
    const onUnload = (): void => flushRef.current()
    document.addEventListener('visibilitychange', onHide)
    window.addEventListener('beforeunload', onUnload)
    window.addEventListener('pagehide', onUnload)
    return () => {
      document.removeEventListener('visibilitychange', onHide)
      window.removeEventListener('beforeunload', onUnload)
      window.removeEventListener('pagehide', onUnload)
    }
  }, [])
}
