import type { ArticleFile } from '@shared/article/Article'
import type { PublicationRecord } from '@shared/publish/PublicationRecord'
import type { LibraryContext } from './LibraryContext'

/**
 * The 'publish' revision: what went live, kept in History so "changed since publish" can show
 * what the site has. Nothing for a draft or an unpublish. The record matters more than the
 * snapshot, so a failed snapshot is let go.
 */
export async function keepPublishRevision(
  ctx: LibraryContext,
  file: ArticleFile,
  record: PublicationRecord,
  now: Date,
): Promise<void> {
  if (record.state !== 'published' && record.state !== 'scheduled') return
  const words = ctx.catalog.get(file.meta.id)?.summary.wordCount ?? 0
  await ctx.revisions.add(file, 'publish', words, now).catch(() => undefined)
}
