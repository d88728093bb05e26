import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import type { IpcResult } from '@shared/ipc/contract'
import type { Handlers } from '../ipc/createHandlers'
import { IpcActivity } from '../ipc/IpcActivity'
import { isAppUrl } from '../security/isAppUrl'

const FORBIDDEN: IpcResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This page is not allowed to use Copydesk.' },
}

/**
 * Registers every handler on `ipcMain`. A call is served only when it comes from the top frame
 * of the app's window showing one of the app's origins; anything else (an iframe, a page that
 * somehow navigated elsewhere, another window) gets 'forbidden'.
 */
export function registerIpcHandlers(
  handlers: Handlers,
  window: () => BrowserWindow | null,
  appOrigins: readonly string[],
): IpcActivity {
  const activity = new IpcActivity()
  const isTrusted = (event: IpcMainInvokeEvent): boolean => {
    const win = window()
    const frame = event.senderFrame
    if (!win || win.isDestroyed() || !frame || event.sender !== win.webContents) return false
    const top = win.webContents.mainFrame
    return (
      frame.parent === null &&
      frame.processId === top.processId &&
      frame.routingId === top.routingId &&
      isAppUrl(frame.url, appOrigins)
    )
  }
  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrusted(event)) {
        console.warn(`Refused ${channel} from ${event.senderFrame?.url ?? 'a closed frame'}`)
        return FORBIDDEN
      }
      return activity.track(channel, () => handler(input))
    })
  }
  return activity
}
