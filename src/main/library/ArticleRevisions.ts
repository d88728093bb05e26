import type { ArticleFile } from '@shared/article/Article'
import { t } from '@shared/i18n/i18n'
import type { Restored, Revision, RevisionInfo } from '@shared/ipc/contract'
import { ioError } from './ioError'
import type { LibraryContext } from './LibraryContext'

/** An article's earlier versions as the person sees them: listed, opened and put back. */
export class ArticleRevisions {
  constructor(private readonly ctx: LibraryContext) {}

  /** Revisions of an article, newest first. */
  async list(id: string): Promise<RevisionInfo[]> {
    await this.ctx.articles.load(id)
    return [...(await this.ctx.revisions.list(id))].reverse()
  }

  async get(id: string, revId: string): Promise<Revision> {
    this.ctx.articles.checkId(id)
    return this.ctx.revisions.get(id, revId)
  }

  /**
   * Puts a revision's content and details back. The current state is snapshotted first, so the
   * restore can itself be undone; the review status and its history stay as they are. `notice`
   * says when another program's version of the article was met (and kept).
   */
  async restore(id: string, revId: string): Promise<Restored> {
    const { access, mutex, articles, revisions, catalog } = this.ctx
    access.check()
    return mutex.run(id, async () => {
      const revision = await revisions.get(id, revId)
      const now = this.ctx.now()
      const words = catalog.get(id)?.summary.wordCount ?? 0
      // Run again on a version another program wrote meanwhile, which is snapshotted in turn.
      const { file, otherVersion } = await articles.update(
        id,
        'restoreVersion',
        async ({ file: current }) => {
          try {
            await revisions.add(current, 'restore', words, now)
          } catch (error) {
            throw ioError('keepCurrentVersion', error)
          }
          const { status, createdAt } = current.meta
          const restored: ArticleFile = {
            ...current,
            meta: { ...revision.meta, id, status, createdAt, updatedAt: now.toISOString() },
            doc: revision.doc,
          }
          return restored
        },
      )
      articles.bumpVersion(id)
      const article = articles.toArticle(file)
      return otherVersion === null
        ? { article }
        : { article, notice: t(`history.otherVersion.${otherVersion}`) }
    })
  }
}
