import { dialog, type BrowserWindow } from 'electron'
import { t } from '@shared/i18n/i18n'

/** Asks for a library folder; null when the person cancels. */
export async function pickLibraryFolder(parent: BrowserWindow | null): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: t('startupMain.pickLibrary.title'),
    buttonLabel: t('startupMain.pickLibrary.button'),
    message: t('startupMain.pickLibrary.message'),
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  }
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}
