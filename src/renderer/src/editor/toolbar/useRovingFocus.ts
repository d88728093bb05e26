import { useEffect, type KeyboardEvent, type RefObject } from 'react'

// A menu's items are reached through its button, not the toolbar's arrows.
const ITEMS = 'button:not(:disabled):not([role^=menuitem])'

/**
 * Roving focus for a toolbar (WAI-ARIA toolbar pattern): Tab reaches the toolbar once, on the
 * last button used; the arrow keys, Home and End move between its buttons. Returns the
 * keydown handler for the toolbar element.
 */
export function useRovingFocus(
  toolbar: RefObject<HTMLElement | null>,
): (event: KeyboardEvent<HTMLElement>) => void {
  // After every render: buttons come and go (table controls), and one must stay reachable.
  useEffect(() => {
    const root = toolbar.current
    if (!root) return
    const items = [...root.querySelectorAll<HTMLElement>(ITEMS)]
    const current = items.find((item) => item.tabIndex === 0) ?? items[0]
    for (const item of items) item.tabIndex = item === current ? 0 : -1
  })

  return (event) => {
    const root = toolbar.current
    if (!root || !(event.target instanceof HTMLElement)) return
    const items = [...root.querySelectorAll<HTMLElement>(ITEMS)]
    const index = items.indexOf(event.target)
    if (index < 0) return
    const next =
      event.key === 'ArrowRight'
        ? items[(index + 1) % items.length]
        : event.key === 'ArrowLeft'
          ? items[(index - 1 + items.length) % items.length]
          : event.key === 'Home'
            ? items[0]
            : event.key === 'End'
              ? items[items.length - 1]
              : undefined
    if (!next) return
    event.preventDefault()
    for (const item of items) item.tabIndex = item === next ? 0 : -1
    next.focus()
  }
}
