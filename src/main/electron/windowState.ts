import { screen, type BrowserWindow } from 'electron'
import { fitWindowState } from '../settings/fitWindowState'
import { WindowStateSchema, type SettingsStore, type WindowState } from '../settings/SettingsStore'

/** The window's remembered size and place, fitted to the screens connected now. */
export function restoreWindowState(store: SettingsStore): WindowState {
  const saved = WindowStateSchema.safeParse(store.get('window'))
  const screens = screen.getAllDisplays().map((display) => display.workArea)
  return fitWindowState(saved.success ? saved.data : null, screens)
}

/** Remembers the window's normal (unmaximized) bounds and whether it was maximized. */
export function trackWindowState(window: BrowserWindow, store: SettingsStore): void {
  let timer: NodeJS.Timeout | undefined
  const save = () => {
    clearTimeout(timer)
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return
    const bounds = window.getNormalBounds()
    store.set('window', { ...bounds, maximized: window.isMaximized() })
  }
  // Moving and resizing fire many events; write once things settle.
  const saveSoon = () => {
    clearTimeout(timer)
    timer = setTimeout(save, 500)
  }
  window.on('resize', saveSoon)
  window.on('move', saveSoon)
  window.on('maximize', saveSoon)
  window.on('unmaximize', saveSoon)
  window.on('close', save)
}
