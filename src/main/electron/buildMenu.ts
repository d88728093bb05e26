import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/ipc/contract'

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
 * The application menu. Items that act on the document send a MenuCommand to the renderer,
 * which owns the UI state; editing items use Electron's roles so they reach the focused field.
 */
export function buildMenu(actions: MenuActions): Menu {
  const command = (label: string, cmd: MenuCommand, accelerator?: string) =>
    ({ label, accelerator, click: () => actions.send(cmd) }) satisfies MenuItemConstructorOptions
  const separator = { type: 'separator' } as const

  const appMenu: MenuItemConstructorOptions = {
    label: 'Copydesk',
    submenu: [
      command('About Copydesk', 'about'),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  }
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New Article', 'new-article', 'CmdOrCtrl+N'),
      command('Save', 'save', 'CmdOrCtrl+S'),
      command('Duplicate', 'duplicate-article'),
      separator,
      command('Publish…', 'publish', 'CmdOrCtrl+Shift+Enter'),
      separator,
      command('Import Files…', 'import-files'),
      command('Export Library as Zip…', 'export-library'),
      separator,
      command('Move to Trash', 'delete-article'),
      command('Show Trash', 'show-trash'),
      separator,
      { label: 'Choose Library Folder…', click: () => actions.chooseLibraryFolder() },
      ...(actions.isMac ? [] : [separator, { role: 'quit' } as const]),
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'selectAll' },
      separator,
      command('Find', 'find', 'CmdOrCtrl+F'),
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('Toggle Library', 'toggle-library', 'CmdOrCtrl+\\'),
      command('Toggle Details', 'toggle-meta', 'CmdOrCtrl+Shift+\\'),
      command('History', 'show-revisions', 'CmdOrCtrl+Alt+H'),
      command('Toggle Preview', 'toggle-preview', 'CmdOrCtrl+Shift+P'),
      command('Review and Comments', 'show-comments', 'CmdOrCtrl+Alt+Shift+M'),
      separator,
      ...(actions.isPackaged
        ? []
        : [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, separator]),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  }
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: actions.isMac ? [] : [command('About Copydesk', 'about')],
  }
  return Menu.buildFromTemplate([...(actions.isMac ? [appMenu] : []), file, edit, view, help])
}
