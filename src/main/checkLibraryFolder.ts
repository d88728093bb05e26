import { t } from '@shared/i18n/i18n'
import { mkdir, readdir, stat } from 'node:fs/promises'
import { isAbsolute } from 'node:path'
import { AppError } from './errors/AppError'

/** Names that mark a folder as a Copydesk library (see DESIGN.md, "Data on disk"). */
const LIBRARY_MARKERS = ['articles', 'index.json']

/**
 * Makes sure a folder can become the library: it is created when missing, and an existing one
 * must be empty or already a library — so picking, say, the home folder by mistake does not
 * scatter library folders among someone's files.
 */
export async function checkLibraryFolder(folder: string): Promise<void> {
  if (!isAbsolute(folder)) throw new AppError('refused', t('libraryMain.folder.notAbsolute'))
  let entries: string[]
  try {
    const info = await stat(folder)
    if (!info.isDirectory()) {
      throw new AppError('refused', t('libraryMain.folder.isFile'))
    }
    entries = await readdir(folder)
  } catch (error) {
    if (error instanceof AppError) throw error
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new AppError('io', t('libraryMain.folder.unreadable'), { cause: error })
    }
    await mkdir(folder, { recursive: true })
    return
  }
  const visible = entries.filter((name) => !name.startsWith('.'))
  if (visible.length > 0 && !LIBRARY_MARKERS.some((marker) => entries.includes(marker))) {
    throw new AppError('refused', t('libraryMain.folder.notEmpty'))
  }
}
