import type { Article } from '@shared/article/Article'
import type { PublicationRecord } from '@shared/publish/PublicationRecord'
import { keepPublishRevision } from './keepPublishRevision'
import type { LibraryContext } from './LibraryContext'
import { withPublishedStatus } from './withPublishedStatus'

/**
 * Keeps what a publish or unpublish left on a site, with a 'publish' snapshot of what went
 * out. The writer's content and `updatedAt` stay untouched so an open editor's autosave
 * carries on undisturbed; the status follows: published while some site has it live.
 */
export async function recordPublication(
  ctx: LibraryContext,
  id: string,
  record: PublicationRecord,
  by: string,
): Promise<Article> {
  const { access, mutex, articles } = ctx
  access.check()
  return mutex.run(id, async () => {
    const now = ctx.now()
    // Recorded again on a version another program wrote meanwhile, never over it.
    const { file } = await articles.update(id, 'recordPublication', async ({ file: current }) => {
      const publications = { ...current.publications, [record.siteId]: record }
      const changed = withPublishedStatus({ ...current, publications }, by, now)
      await keepPublishRevision(ctx, changed, record, now)
      return changed
    })
    return articles.toArticle(file)
  })
}
