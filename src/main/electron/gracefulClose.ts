import { app, BrowserWindow } from 'electron'
import type { MenuCommand } from '@shared/ipc/contract'
import type { IpcActivity } from '../ipc/IpcActivity'

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Before the window closes, asks its renderer to save and waits until the save has landed
 * (no calls running for a moment), at most a few seconds, so closing never loses typing that
 * autosave had not sent yet.
 */
export function saveBeforeClose(
  window: BrowserWindow,
  send: (command: MenuCommand) => void,
  activity: IpcActivity,
): void {
  let saved = false
  window.on('close', (event) => {
    if (saved) return
    event.preventDefault()
    saved = true
    send('save')
    void delay(150)
      .then(() => activity.settled(250, 3000))
      .finally(() => {
        if (!window.isDestroyed()) window.close()
      })
  })
}

/**
 * Quitting closes the windows first (each saves, see `saveBeforeClose`), then flushes the
 * services, then lets the app exit.
 */
export function quitGracefully(closeServices: () => Promise<void>): void {
  let ready = false
  let started = false
  app.on('before-quit', (event) => {
    if (ready) return
    event.preventDefault()
    if (started) return
    started = true
    void (async () => {
      await Promise.all(BrowserWindow.getAllWindows().map(closeAndWait))
      await closeServices().catch((error: unknown) => {
        console.error('Flushing the library on quit failed', error)
      })
      ready = true
      app.quit()
    })()
  })
}

function closeAndWait(window: BrowserWindow): Promise<void> {
  return new Promise((resolve) => {
    if (window.isDestroyed()) return resolve()
    // A window that refuses to close must not keep the app from quitting.
    const timer = setTimeout(() => {
      if (!window.isDestroyed()) window.destroy()
      resolve()
    }, 6000)
    window.once('closed', () => {
      clearTimeout(timer)
      resolve()
    })
    window.close()
  })
}
