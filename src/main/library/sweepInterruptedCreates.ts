import { readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleRepository } from './ArticleRepository'
import { isLeftoverTempFile } from './atomicWrite'
import type { LibraryPaths } from './LibraryPaths'
import { ABANDONED_TEMP_MS } from './sweepTempFiles'

/** True when a folder holds no file but temp files, however deep. */
async function holdsNothing(dir: string): Promise<boolean> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.every((e) => e.isDirectory() || (e.isFile() && isLeftoverTempFile(e.name)))
}

/**
 * Removes the folders creates cut short left behind: an article folder with no article.json
 * and nothing else in it (a quarantined article keeps its images and revisions, so it stays),
 * untouched for {@link ABANDONED_TEMP_MS}. Returns how many it removed. Call only while
 * holding the library lock.
 */
export async function sweepInterruptedCreates(
  paths: LibraryPaths,
  repository: ArticleRepository,
  listed: (id: string) => boolean,
  now: number = Date.now(),
): Promise<number> {
  let removed = 0
  for (const id of await repository.listIds()) {
    if (listed(id)) continue
    const dir = paths.articleDir(id)
    try {
      if (repository.stampSync(id)) continue
      const info = await stat(dir)
      if (!info.isDirectory() || now - info.mtimeMs < ABANDONED_TEMP_MS) continue
      if (!(await holdsNothing(dir))) continue
      // Still no article.json: a create finishing right now would have written it.
      if (repository.stampSync(id)) continue
      await rm(join(dir), { recursive: true, force: true })
      removed++
    } catch {
      // Unreadable or gone meanwhile: left for the next open.
    }
  }
  return removed
}
