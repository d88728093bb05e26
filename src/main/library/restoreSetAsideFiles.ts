import { linkSync, lstatSync, unlinkSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { isLeftoverAsideFile } from './atomicWrite'
import { keepAsConflictCopy } from './keepAsConflictCopy'
import type { LibraryPaths } from './LibraryPaths'
import { ABANDONED_TEMP_MS, writerIsGone } from './sweepTempFiles'

/** Puts `from` at `to` only if nothing is there; false when something is. */
function linkIfFree(from: string, to: string): boolean {
  try {
    linkSync(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  unlinkSync(from)
  return true
}

/**
 * Settles the versions of article.json a save cut short left set aside (see swapFileAtomic):
 * with no article.json, the one set aside is put back; with both, the newer is article.json
 * and the other a conflicted copy, taken in as an “Other version” revision. Only files whose
 * writer is provably gone are touched (as for temp files). Returns true when article.json was
 * put back. Call only while holding the library lock.
 */
export async function restoreSetAsideFiles(
  paths: LibraryPaths,
  id: string,
  now: number = Date.now(),
): Promise<boolean> {
  let names: string[]
  try {
    names = (await readdir(paths.articleDir(id))).filter(isLeftoverAsideFile)
  } catch {
    return false
  }
  const file = paths.articleFile(id)
  let restored = false
  for (const name of names) {
    const aside = join(paths.articleDir(id), name)
    try {
      const info = lstatSync(aside)
      if (!info.isFile()) continue
      if (now - info.ctimeMs < ABANDONED_TEMP_MS && !writerIsGone(name)) continue
      if (linkIfFree(aside, file)) {
        restored = true
        continue
      }
      const current = lstatSync(file)
      if (current.isFile() && info.mtimeMs > current.mtimeMs) {
        await keepAsConflictCopy(file)
        if (linkIfFree(aside, file)) continue
      }
      await keepAsConflictCopy(aside)
    } catch {
      // Unreadable or moved meanwhile: left as it is for the next open.
    }
  }
  return restored
}
