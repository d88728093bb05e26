import { extname, join } from 'node:path'
import { app, dialog, type BrowserWindow } from 'electron'

const FILTERS: Record<string, Electron.FileFilter> = {
  '.html': { name: 'Web page', extensions: ['html'] },
  '.pdf': { name: 'PDF document', extensions: ['pdf'] },
  '.md': { name: 'Markdown', extensions: ['md'] },
  '.zip': { name: 'Zip archive', extensions: ['zip'] },
  '.docx': { name: 'Word document', extensions: ['docx'] },
}

/** The save dialog, starting in Documents with the suggested name; null when cancelled. */
export async function chooseSavePath(
  window: BrowserWindow | null,
  suggestedName: string,
): Promise<string | null> {
  const filter = FILTERS[extname(suggestedName).toLowerCase()]
  const options = {
    defaultPath: join(app.getPath('documents'), suggestedName),
    ...(filter && { filters: [filter] }),
  }
  const answer = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options)
  return answer.canceled || !answer.filePath ? null : answer.filePath
}
