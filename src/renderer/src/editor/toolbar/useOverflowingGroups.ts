import { useLayoutEffect, useRef, useState, type RefObject } from 'react'
import type { ToolbarGroupId } from './toolbarGroups'

/** Which groups leave the row first when it is short of room; the rest always stay. */
const OVERFLOW_ORDER: readonly ToolbarGroupId[] = ['insert', 'blocks', 'blockType']
/** Room for the "More" button before it has been drawn once. */
const MORE_BUTTON_WIDTH = 32

/**
 * Keeps the toolbar on one row: measures its groups (`data-group`) against the row's width
 * and answers the groups that go into the overflow menu, fewest first. Widths of groups that
 * are in the menu are remembered from when they were last in the row.
 */
export function useOverflowingGroups(row: RefObject<HTMLElement | null>): ToolbarGroupId[] {
  const widths = useRef(new Map<ToolbarGroupId, number>())
  const [hidden, setHidden] = useState<ToolbarGroupId[]>([])

  useLayoutEffect(() => {
    const element = row.current
    if (!element) return
    const fit = () => {
      for (const group of element.querySelectorAll<HTMLElement>('[data-group]')) {
        widths.current.set(group.dataset.group as ToolbarGroupId, group.offsetWidth)
      }
      const gap = parseFloat(getComputedStyle(element).columnGap) || 0
      const more = element.querySelector<HTMLElement>('[data-more]')?.offsetWidth
      const shown = [...widths.current.values()]
      let needed = shown.reduce((sum, width) => sum + width + gap, -gap)
      const next: ToolbarGroupId[] = []
      if (needed > element.clientWidth) {
        needed += (more || MORE_BUTTON_WIDTH) + gap
        for (const id of OVERFLOW_ORDER) {
          if (needed <= element.clientWidth) break
          next.push(id)
          needed -= (widths.current.get(id) ?? 0) + gap
        }
      }
      setHidden((current) => (current.join() === next.join() ? current : next))
    }
    fit()
    // Only where layout exists (not in jsdom).
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(fit)
    observer.observe(element)
    return () => observer.disconnect()
  }, [row])

  return hidden
}
