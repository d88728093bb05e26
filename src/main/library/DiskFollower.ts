import type { ArticleRepository } from './ArticleRepository'
import { ArticleFolderWatcher } from './ArticleFolderWatcher'
import type { ArticleStore } from './ArticleStore'
import type { KeyedMutex } from './KeyedMutex'
import type { LibraryCatalog } from './LibraryCatalog'
import type { Quarantine } from './Quarantine'

/** How often quarantined articles are checked for a usable file put back in their folder. */
const READMIT_INTERVAL_MS = 2000

export interface DiskFollowerDeps {
  articlesDir: string
  mutex: KeyedMutex
  repository: ArticleRepository
  articles: ArticleStore
  catalog: LibraryCatalog
  quarantine: Quarantine
  /** Called for every article folder seen changing (after the list is brought in step). */
  onFolderChanged?(id: string): Promise<void>
}

/**
 * Keeps the list in step with what other programs do to the articles folder (a sync tool, a
 * restore, a copy made by hand): folders that appear, change or go away, and quarantined
 * articles whose file becomes usable again.
 */
export class DiskFollower {
  private readonly watcher: ArticleFolderWatcher
  private readonly timer: ReturnType<typeof setInterval>
  /** Stamps of quarantined articles' files already tried, so each new file is tried once. */
  private readonly tried = new Map<string, string>()

  constructor(private readonly deps: DiskFollowerDeps) {
    this.watcher = new ArticleFolderWatcher(deps.articlesDir, (ids) => {
      for (const id of ids) {
        void this.follow(id)
          .then(() => deps.onFolderChanged?.(id))
          .catch(() => undefined)
      }
    })
    this.timer = setInterval(() => void this.readmit(), READMIT_INTERVAL_MS)
    this.timer.unref()
  }

  close(): void {
    this.watcher.close()
    clearInterval(this.timer)
  }

  /** Brings the list in step with an article folder that appeared, changed or went away. */
  async follow(id: string): Promise<void> {
    const { mutex, repository, articles, catalog } = this.deps
    await mutex.run(id, async () => {
      const onDisk = repository.stampSync(id)
      const listed = catalog.get(id)
      if (!onDisk) {
        if (listed) articles.forget(id)
        return
      }
      if (listed && listed.mtimeMs === onDisk.mtimeMs && listed.size === onDisk.size) return
      catalog.record(await articles.load(id))
    })
  }

  /**
   * Lets quarantined articles back in once a usable article.json is in their folder again (a
   * sync tool finished writing it, a person put a repaired copy back).
   */
  async readmit(): Promise<void> {
    const { quarantine, repository, catalog } = this.deps
    for (const id of quarantine.articleIds()) {
      let stamp
      try {
        stamp = repository.stampSync(id)
      } catch {
        continue
      }
      if (!stamp) continue
      const key = `${stamp.mtimeMs}:${stamp.size}`
      if (this.tried.get(id) === key) continue
      this.tried.set(id, key)
      try {
        // The folder watcher may have let it back in already.
        if (!catalog.get(id)) await this.follow(id)
        if (catalog.get(id)) await quarantine.readmitted(id)
      } catch {
        // Still unusable: it went back to quarantine with its notice.
      }
    }
  }
}
