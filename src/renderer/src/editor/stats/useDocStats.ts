import type { Editor } from '@tiptap/core'
import { useEffect, type RefObject } from 'react'
import { countDocStats, type DocStats } from './countDocStats'

/** Quiet time after the last edit before counting. */
const COUNT_DELAY_MS = 300

function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 1000 })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(run, 0)
  return () => clearTimeout(handle)
}

/**
 * Reports word and character counts to `onStatsRef.current`: once when the editor is ready and
 * then after edits, debounced and in idle time so counting never runs on the keystroke path.
 */
export function useDocStats(
  editor: Editor,
  onStatsRef: RefObject<((stats: DocStats) => void) | undefined>,
): void {
  useEffect(() => {
    let last: DocStats | null = null
    let timer: ReturnType<typeof setTimeout> | undefined
    let cancelIdle: (() => void) | undefined
    const count = () => {
      if (editor.isDestroyed) return
      const stats = countDocStats(editor.state.doc)
      if (last && last.words === stats.words && last.characters === stats.characters) return
      last = stats
      onStatsRef.current?.(stats)
    }
    const schedule = (delay: number) => {
      clearTimeout(timer)
      cancelIdle?.()
      timer = setTimeout(() => {
        cancelIdle = whenIdle(count)
      }, delay)
    }
    const onUpdate = () => schedule(COUNT_DELAY_MS)
    schedule(0)
    editor.on('update', onUpdate)
    return () => {
      editor.off('update', onUpdate)
      clearTimeout(timer)
      cancelIdle?.()
    }
  }, [editor, onStatsRef])
}
