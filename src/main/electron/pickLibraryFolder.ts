import { dialog, type BrowserWindow } from 'electron'

/** Asks for a library folder; null when the person cancels. */
export async function pickLibraryFolder(parent: BrowserWindow | null): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Choose Library Folder',
    buttonLabel: 'Use as Library',
    message: 'Choose an empty folder, or a folder that already holds a Copydesk library.',
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  }
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}
