import { readdir, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { isLeftoverTempFile, tempFileWriter } from './atomicWrite'
import { isProcessAlive } from './isProcessAlive'
import { LOCK_STALE_MS } from './LibraryLock'

/**
 * A temp file untouched this long is abandoned: its writer held the library lock, and a lock
 * without a heartbeat for {@link LOCK_STALE_MS} is no one's any more. Twice that, to be sure.
 */
export const ABANDONED_TEMP_MS = 2 * LOCK_STALE_MS

/** A writer on this machine whose process is gone cannot rename its temp file any more. */
export function writerIsGone(name: string): boolean {
  const writer = tempFileWriter(name)
  return writer !== null && writer.sameHost && !isProcessAlive(writer.pid)
}

/**
 * Removes temp files an interrupted write left in `dir` and returns how many it removed. Only
 * files that are provably abandoned go: never this process's own; another's only when its
 * writer (named in the file name) is a process of this machine that is gone, or when it was
 * last touched more than {@link ABANDONED_TEMP_MS} ago. Call it only while holding the library
 * lock. A missing folder counts as clean.
 */
export async function sweepTempFiles(
  dir: string,
  now: number = Date.now(),
  minAgeMs: number = ABANDONED_TEMP_MS,
): Promise<number> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return 0
  }
  let removed = 0
  for (const name of names) {
    if (!isLeftoverTempFile(name)) continue
    const path = join(dir, name)
    try {
      const info = await stat(path)
      if (!info.isFile()) continue
      if (now - info.mtimeMs < minAgeMs && !writerIsGone(name)) continue
      await unlink(path)
      removed++
    } catch {
      // Already gone or not ours to remove: either way nothing is left to do.
    }
  }
  return removed
}
