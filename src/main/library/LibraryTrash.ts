import type { ArticleSummary } from '@shared/article/Article'
import type { TrashEntry } from '@shared/ipc/contract'
import { ioError } from './ioError'
import type { LibraryContext } from './LibraryContext'
import { TrashStore } from './TrashStore'

/** Deleting articles and getting them back: moves between the library and its trash. */
export class LibraryTrash {
  private readonly store: TrashStore

  constructor(private readonly ctx: LibraryContext) {
    this.store = new TrashStore(ctx.paths, () => ctx.access.readOnly === null)
  }

  /** Moves an article to the trash. */
  async moveIn(id: string): Promise<void> {
    const { access, mutex, catalog, articles } = this.ctx
    access.check()
    await mutex.run(id, async () => {
      const title = catalog.get(id)?.summary.title ?? (await articles.load(id)).file.meta.title
      try {
        await this.store.moveIn(id, title, this.ctx.now())
      } catch (error) {
        throw ioError('moveToTrash', error)
      }
      articles.forget(id)
    })
  }

  list(): Promise<TrashEntry[]> {
    return this.store.list()
  }

  /** Puts an article back from the trash; refused when its id is in use again. */
  async restore(id: string): Promise<ArticleSummary> {
    const { access, mutex, catalog, articles } = this.ctx
    access.check()
    articles.checkId(id)
    return mutex.run(id, async () => {
      try {
        await this.store.moveOut(id)
      } catch (error) {
        throw ioError('restoreArticle', error)
      }
      return catalog.record(await articles.load(id)).summary
    })
  }

  async empty(): Promise<{ removed: number }> {
    this.ctx.access.check()
    try {
      return { removed: await this.store.empty() }
    } catch (error) {
      throw ioError('emptyTrash', error)
    }
  }
}
