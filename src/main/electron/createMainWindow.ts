import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import type { SettingsStore } from '../settings/SettingsStore'
import { restoreWindowState, trackWindowState } from './windowState'

/**
 * The app window: isolated, sandboxed renderer with no Node access; the preload's
 * `window.copydesk` is its only way to the main side. Shown once the first paint is ready so
 * it never flashes white.
 */
export function createMainWindow(options: {
  preloadPath: string
  url: string
  settings: SettingsStore
}): BrowserWindow {
  const state = restoreWindowState(options.settings)
  const window = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Copydesk',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      // Middle-click would otherwise try to open links in a new window (denied anyway).
      disableBlinkFeatures: 'Auxclick',
    },
  })
  trackWindowState(window, options.settings)
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize()
    window.show()
  })
  void window.loadURL(options.url)
  return window
}

/** Where the built preload sits relative to the built main script. */
export function preloadPathFrom(mainDir: string): string {
  return join(mainDir, '../preload/index.cjs')
}
