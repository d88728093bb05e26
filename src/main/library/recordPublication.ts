import type { Article } from '@shared/article/Article'
import { t } from '@shared/i18n/i18n'
import type { PublicationRecord } from '@shared/publish/PublicationRecord'
import { keepPublishRevision } from './keepPublishRevision'
import type { LibraryContext } from './LibraryContext'
import { withPublishedStatus } from './withPublishedStatus'

/**
 * Keeps what a publish or unpublish left on a site, with a 'publish' snapshot of what went
 * out. The writer's content and `updatedAt` stay untouched so an open editor's autosave
 * carries on undisturbed; the status follows: published while some site has it live. `notice`
 * says when another program's version of the article was met (and kept).
 */
export async function recordPublication(
  ctx: LibraryContext,
  id: string,
  record: PublicationRecord,
  by: string,
): Promise<{ article: Article; notice: string | null }> {
  const { access, mutex, articles } = ctx
  access.check()
  return mutex.run(id, async () => {
    const now = ctx.now()
    // Recorded again on a version another program wrote meanwhile, never over it.
    const { file, otherVersion } = await articles.update(
      id,
      'recordPublication',
      async ({ file: current }) => {
        const publications = { ...current.publications, [record.siteId]: record }
        const changed = withPublishedStatus({ ...current, publications }, by, now)
        await keepPublishRevision(ctx, changed, record, now)
        return changed
      },
    )
    const notice = otherVersion && t(`history.publishedOverOther.${otherVersion}`)
    return { article: articles.toArticle(file), notice }
  })
}
