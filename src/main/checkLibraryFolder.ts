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
  if (!isAbsolute(folder)) throw new AppError('refused', 'Choose a folder on this computer.')
  let entries: string[]
  try {
    const info = await stat(folder)
    if (!info.isDirectory()) {
      throw new AppError('refused', 'That is a file, not a folder. Choose a folder instead.')
    }
    entries = await readdir(folder)
  } catch (error) {
    if (error instanceof AppError) throw error
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new AppError('io', 'Copydesk cannot read that folder. Choose another one.', {
        cause: error,
      })
    }
    await mkdir(folder, { recursive: true })
    return
  }
  const visible = entries.filter((name) => !name.startsWith('.'))
  if (visible.length > 0 && !LIBRARY_MARKERS.some((marker) => entries.includes(marker))) {
    throw new AppError(
      'refused',
      'That folder already holds other files. Choose an empty folder or an existing Copydesk library.',
    )
  }
}
