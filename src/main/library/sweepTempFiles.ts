import { readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { isLeftoverTempFile } from './atomicWrite'

/**
 * Removes temp files an interrupted write left in `dir` (never this process's own) and returns
 * how many it removed. A missing folder counts as clean.
 */
export async function sweepTempFiles(dir: string): Promise<number> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return 0
  }
  let removed = 0
  for (const name of names) {
    if (!isLeftoverTempFile(name)) continue
    try {
      await unlink(join(dir, name))
      removed++
    } catch {
      // Already gone or not ours to remove: either way nothing is left to do.
    }
  }
  return removed
}
