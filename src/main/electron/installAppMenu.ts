import { dialog, Menu, type BrowserWindow } from 'electron'
import { i18n, t } from '@shared/i18n/i18n'
import { MENU_CHANNEL, type LibraryInfo, type MenuCommand } from '@shared/ipc/contract'
import { AppError } from '../errors/AppError'
import { menuTemplate, type MenuActions } from './menuTemplate'

/** What the application menu needs from the app. */
export interface AppMenuOptions {
  /** The window the menu's commands go to, when there is one. */
  window(): BrowserWindow | null
  /** Asks for another library folder and opens it; null when the person cancels. */
  chooseLibrary(): Promise<LibraryInfo | null>
  isPackaged: boolean
}

/**
 * Sets the application menu in the current language, and again whenever the language changes;
 * returns how to send a menu command to the window.
 */
export function installAppMenu(options: AppMenuOptions): (command: MenuCommand) => void {
  const send = (command: MenuCommand): void => {
    const window = options.window()
    if (window && !window.isDestroyed()) window.webContents.send(MENU_CHANNEL, command)
  }
  // Switching libraries from the menu: the renderer saves first (the dialog gives it time),
  // then reloads so every view shows the new library.
  const chooseLibraryFolder = (): void => {
    send('save')
    options.chooseLibrary().then(
      (info) => {
        const window = options.window()
        if (info && window && !window.isDestroyed()) window.webContents.reload()
      },
      (error: unknown) => {
        const message = error instanceof AppError ? error.message : t('startupMain.folderUnusable')
        if (!(error instanceof AppError)) console.error('Choosing a library failed', error)
        dialog.showErrorBox(t('startupMain.libraryNotChanged'), message)
      },
    )
  }
  const actions: MenuActions = {
    send,
    chooseLibraryFolder,
    isPackaged: options.isPackaged,
    isMac: process.platform === 'darwin',
  }
  const build = (): Menu => Menu.buildFromTemplate(menuTemplate(actions))
  Menu.setApplicationMenu(build())
  i18n.on('languageChanged', () => Menu.setApplicationMenu(build()))
  return send
}
