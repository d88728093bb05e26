import type { ArticleRepository } from './ArticleRepository'
import type { LibraryPaths } from './LibraryPaths'
import { restoreSetAsideFiles } from './restoreSetAsideFiles'

/**
 * Finds the articles a crash mid-save left without an article.json, their last version set
 * aside beside it (see swapFileAtomic), puts that version back and hands the id to
 * `onRestored` to list it again. Runs after open, in the background: only folders missing from
 * the list are looked into. Returns how many it restored. Call only while holding the library
 * lock.
 */
export async function restoreInterruptedSaves(
  paths: LibraryPaths,
  repository: ArticleRepository,
  listed: (id: string) => boolean,
  onRestored: (id: string) => Promise<void>,
): Promise<number> {
  let restored = 0
  for (const id of await repository.listIds()) {
    if (listed(id)) continue
    try {
      if (repository.stampSync(id) || !(await restoreSetAsideFiles(paths, id))) continue
    } catch {
      continue
    }
    restored++
    await onRestored(id).catch(() => undefined)
  }
  return restored
}
