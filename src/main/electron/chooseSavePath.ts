import { extname, join } from 'node:path'
import { app, dialog, type BrowserWindow } from 'electron'
import { t } from '@shared/i18n/i18n'

/** The file types the save dialog can offer, each named in the current language. */
const TYPES = ['html', 'pdf', 'md', 'zip', 'docx'] as const

function filterFor(suggestedName: string): Electron.FileFilter | undefined {
  const type = TYPES.find((known) => `.${known}` === extname(suggestedName).toLowerCase())
  return type && { name: t(`sitesMain.files.types.${type}`), extensions: [type] }
}

/** The save dialog, starting in Documents with the suggested name; null when cancelled. */
export async function chooseSavePath(
  window: BrowserWindow | null,
  suggestedName: string,
): Promise<string | null> {
  const filter = filterFor(suggestedName)
  const options = {
    defaultPath: join(app.getPath('documents'), suggestedName),
    ...(filter && { filters: [filter] }),
  }
  const answer = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options)
  return answer.canceled || !answer.filePath ? null : answer.filePath
}
