import type { WindowState } from './SettingsStore'

/** A screen's usable area, as Electron's `Display.workArea` reports it. */
export interface Area {
  x: number
  y: number
  width: number
  height: number
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false }

/** How much of the title bar must be on a screen for the window to count as reachable. */
const MIN_VISIBLE = 100

/**
 * The remembered window, adjusted to today's screens: a window last seen on a monitor that is no
 * longer connected is re-centred by dropping its position, and one larger than every screen is
 * shrunk to the largest work area.
 */
export function fitWindowState(saved: WindowState | null, screens: readonly Area[]): WindowState {
  if (!saved) return DEFAULT_WINDOW_STATE
  const largest = screens.reduce<Area | null>(
    (best, area) => (best && best.width * best.height >= area.width * area.height ? best : area),
    null,
  )
  const width = largest ? Math.min(saved.width, largest.width) : saved.width
  const height = largest ? Math.min(saved.height, largest.height) : saved.height
  const { x, y } = saved
  if (x === undefined || y === undefined) return { width, height, maximized: saved.maximized }
  const reachable = screens.some(
    (area) =>
      x + width - MIN_VISIBLE >= area.x &&
      x + MIN_VISIBLE <= area.x + area.width &&
      y >= area.y &&
      y + MIN_VISIBLE / 2 <= area.y + area.height,
  )
  return reachable
    ? { x, y, width, height, maximized: saved.maximized }
    : { width, height, maximized: saved.maximized }
}
