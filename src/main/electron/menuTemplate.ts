import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/ipc/contract'
import { t } from '@shared/i18n/i18n'

export interface MenuActions {
  /** Sends a command to the focused app window's renderer. */
  send(command: MenuCommand): void
  /** File → Choose Library Folder…; runs on the main side (it opens a dialog). */
  chooseLibraryFolder(): void
  /** Development builds get Reload and Developer Tools. */
  isPackaged: boolean
  isMac: boolean
}

/**
 * The application menu in the current language. Items that act on the document send a
 * MenuCommand to the renderer, which owns the UI state; editing items use Electron's roles so
 * they reach the focused field, with labels of our own (Electron's are English only).
 */
export function menuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const command = (label: string, cmd: MenuCommand, accelerator?: string) =>
    ({ label, accelerator, click: () => actions.send(cmd) }) satisfies MenuItemConstructorOptions
  const separator = { type: 'separator' } as const

  const appMenu: MenuItemConstructorOptions = {
    label: 'Copydesk',
    submenu: [
      command(t('menu.about'), 'about'),
      separator,
      { role: 'services', label: t('menu.services') },
      separator,
      { role: 'hide', label: t('menu.hide') },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.showAll') },
      separator,
      { role: 'quit', label: t('menu.quit') },
    ],
  }
  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      command(t('menu.newArticle'), 'new-article', 'CmdOrCtrl+N'),
      command(t('menu.save'), 'save', 'CmdOrCtrl+S'),
      command(t('menu.duplicate'), 'duplicate-article'),
      separator,
      command(t('menu.publish'), 'publish', 'CmdOrCtrl+Shift+Enter'),
      separator,
      command(t('menu.importFiles'), 'import-files'),
      command(t('menu.exportLibrary'), 'export-library'),
      separator,
      command(t('menu.moveToTrash'), 'delete-article'),
      command(t('menu.showTrash'), 'show-trash'),
      separator,
      { label: t('menu.chooseLibrary'), click: () => actions.chooseLibraryFolder() },
      ...(actions.isMac ? [] : [separator, { role: 'quit', label: t('menu.exit') } as const]),
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      separator,
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'pasteAndMatchStyle', label: t('menu.pasteAndMatchStyle') },
      { role: 'selectAll', label: t('menu.selectAll') },
      separator,
      command(t('menu.find'), 'find', 'CmdOrCtrl+F'),
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      command(t('menu.toggleLibrary'), 'toggle-library', 'CmdOrCtrl+\\'),
      command(t('menu.toggleDetails'), 'toggle-meta', 'CmdOrCtrl+Shift+\\'),
      command(t('menu.history'), 'show-revisions', 'CmdOrCtrl+Alt+H'),
      command(t('menu.togglePreview'), 'toggle-preview', 'CmdOrCtrl+Shift+P'),
      command(t('menu.reviewAndComments'), 'show-comments', 'CmdOrCtrl+Alt+Shift+M'),
      separator,
      ...(actions.isPackaged
        ? []
        : [
            { role: 'reload', label: t('menu.reload') } as const,
            { role: 'toggleDevTools', label: t('menu.devTools') } as const,
            separator,
          ]),
      { role: 'resetZoom', label: t('menu.actualSize') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      separator,
      { role: 'togglefullscreen', label: t('menu.fullScreen') },
    ],
  }
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t('menu.help'),
    submenu: actions.isMac ? [] : [command(t('menu.about'), 'about')],
  }
  return [...(actions.isMac ? [appMenu] : []), file, edit, view, help]
}
