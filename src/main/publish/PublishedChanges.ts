import type { ArticleMeta, DocNode } from '@shared/article/Article'
import type { PublishedChange } from '@shared/publish/PublishedChange'
import { articleSourceHash } from '@shared/publish/articleSourceHash'
import { readableDetails } from '@shared/article/readableDetails'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import type { LibraryService } from '../library/LibraryService'
import type { DocRenderer } from './DocRenderer'

/** The article as a reader of the diff sees it: the details a site shows, then the body. */
function readable(meta: ArticleMeta, doc: DocNode, renderer: DocRenderer): string {
  return `${readableDetails(meta)}\n\n${renderer.markdown(doc, { imageUrl: (src) => src })}`
}

/**
 * For each site where the article is live but was published from another version: what the
 * site has (the publish snapshot with the same fingerprint) against the article now.
 */
export async function publishedChanges(
  library: LibraryService,
  articleId: string,
  siteOf: (siteId: string) => SiteProfile | null,
  renderer: DocRenderer,
): Promise<PublishedChange[]> {
  const article = await library.get(articleId)
  const current = articleSourceHash(article.meta, article.doc)
  const changed = Object.values(article.publications ?? {}).filter(
    (r) =>
      (r.state === 'published' || r.state === 'scheduled') &&
      r.sourceHash !== undefined &&
      r.sourceHash !== current,
  )
  if (changed.length === 0) return []
  const snapshots = (await library.revisionsList(articleId)).filter((r) => r.reason === 'publish')
  const sent = new Map<string, string>()
  for (const info of snapshots) {
    const wanted = changed.filter((r) => r.sourceHash && !sent.has(r.sourceHash))
    if (wanted.length === 0) break
    const revision = await library.revisionsGet(articleId, info.revId)
    const hash = articleSourceHash(revision.meta, revision.doc)
    if (wanted.some((r) => r.sourceHash === hash) && !sent.has(hash)) {
      sent.set(hash, readable(revision.meta, revision.doc, renderer))
    }
  }
  const after = readable(article.meta, article.doc, renderer)
  return changed.map((record) => ({
    siteId: record.siteId,
    siteName: siteOf(record.siteId)?.name ?? record.siteId,
    url: record.url,
    publishedAt: record.publishedAt,
    before: sent.get(record.sourceHash ?? '') ?? null,
    after,
  }))
}
