import { describe, expect, it } from 'vitest'
import { DEFAULT_WINDOW_STATE, fitWindowState } from './fitWindowState'

const laptop = { x: 0, y: 0, width: 1440, height: 900 }
const monitor = { x: 1440, y: 0, width: 2560, height: 1440 }

describe('fitWindowState', () => {
  it('uses the default size the first time', () => {
    expect(fitWindowState(null, [laptop])).toEqual(DEFAULT_WINDOW_STATE)
  })

  it('keeps a window that is on a connected screen', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 1000, maximized: true }
    expect(fitWindowState(saved, [laptop, monitor])).toEqual(saved)
  })

  it('drops the position of a window left on a monitor that is gone, and shrinks it', () => {
    const saved = { x: 1600, y: 100, width: 2000, height: 1200, maximized: false }
    expect(fitWindowState(saved, [laptop])).toEqual({
      width: 1440,
      height: 900,
      maximized: false,
    })
  })

  it('drops a position whose title bar is above the screen', () => {
    const saved = { x: 100, y: -300, width: 800, height: 600, maximized: false }
    expect(fitWindowState(saved, [laptop])).toEqual({ width: 800, height: 600, maximized: false })
  })
})
