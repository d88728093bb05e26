import { t } from '@shared/i18n/i18n'
import type { ImportImage, ImportedArticle, ImportSummary } from '@shared/transfer/ImportedArticle'
import type { ImportedComment } from '@shared/transfer/ImportedComment'
import { slugify } from '@shared/article/slugify'
import { isWebUrl } from '@shared/safety/urlPolicy'
import { replaceImageSrcs } from '@shared/transfer/replaceImageSrcs'
import { sanitizeImportedDoc } from '@shared/transfer/sanitizeImportedDoc'
import type { LibraryService } from '../library/LibraryService'

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Stores an article's images; returns each ref's asset src, or null for one that was refused. */
async function storeImages(
  library: LibraryService,
  articleId: string,
  images: ImportImage[],
  notes: string[],
  sourceName: string,
): Promise<Map<string, string | null>> {
  const sources = new Map<string, string | null>()
  for (const image of images) {
    try {
      const bytes = Buffer.from(image.dataBase64, 'base64')
      const { src } = await library.importAsset({ ...image, articleId, bytes })
      sources.set(image.ref, src)
    } catch (error) {
      sources.set(image.ref, null)
      notes.push(
        t('importMain.imageLeftOut', {
          source: sourceName,
          file: image.fileName,
          reason: messageOf(error),
        }),
      )
    }
  }
  return sources
}

/**
 * Adds the comments that came with a file to its new article, each signed by the person who
 * wrote it and dated when it was written (or `by` and now, when the file does not say),
 * replies threaded, resolved ones resolved.
 */
async function addComments(
  library: LibraryService,
  articleId: string,
  comments: readonly ImportedComment[],
  by: string,
): Promise<void> {
  for (const comment of comments) {
    const author = comment.author || by
    const { id, quote, body } = comment
    const written = comment.createdAt ?? undefined
    await library.commentsApply(articleId, { type: 'add', id, quote, body }, author, written)
    for (const reply of comment.replies) {
      const action = { type: 'reply', commentId: id, id: reply.id, body: reply.body } as const
      await library.commentsApply(
        articleId,
        action,
        reply.author || by,
        reply.createdAt ?? undefined,
      )
    }
    if (comment.resolved) {
      await library.commentsApply(articleId, { type: 'resolve', commentId: id }, author)
    }
  }
}

/** Downloads an image from the web; rejects when it cannot. */
export type FetchImage = (url: string) => Promise<Uint8Array>

/**
 * The featured image as a library asset when it downloads and is an image; otherwise the web
 * address itself, so the article still points at it.
 */
async function featuredImageOf(
  library: LibraryService,
  articleId: string,
  url: string,
  fetchImage: FetchImage,
): Promise<{ src: string; alt: string } | undefined> {
  if (!isWebUrl(url)) return undefined
  try {
    const bytes = await fetchImage(url)
    const { src } = await library.importAsset({ articleId, fileName: url, mimeType: '', bytes })
    return { src, alt: '' }
  } catch {
    return { src: url, alt: '' }
  }
}

/**
 * A featured image the file names itself: one of its own images (now stored) or a web image.
 * Anything else, such as another article's asset, is dropped (null clears it).
 */
function ownFeaturedImage(
  image: { src: string; alt: string } | null | undefined,
  sources: ReadonlyMap<string, string | null>,
): { src: string; alt: string } | null | undefined {
  if (image === undefined) return undefined
  if (image === null) return null
  if (sources.has(image.src)) {
    const src = sources.get(image.src)
    return src ? { ...image, src } : null
  }
  return isWebUrl(image.src) ? image : null
}

/**
 * Adds converted files to the library, each as a new draft: its document goes through the
 * import door (sanitizeImportedDoc), its images are stored as assets, its comments are added. A file that fails is
 * skipped with the reason (a half-made article goes to the trash, where it can be looked at);
 * articles already in the library are never touched.
 */
export async function importArticles(
  library: LibraryService,
  articles: ImportedArticle[],
  by: string,
  fetchImage: FetchImage,
): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: [], skipped: [], notes: [] }
  for (const article of articles) {
    const { sourceName, images } = article
    const comments = article.comments ?? []
    const refs = new Set(images.map((image) => image.ref))
    const commentIds = new Set(comments.map((comment) => comment.id))
    const { doc, notes } = sanitizeImportedDoc(article.doc, refs, commentIds)
    summary.notes.push(...notes.map((note) => `${sourceName}: ${note}.`))
    const title = article.meta.title ?? ''
    let createdId: string | null = null
    try {
      const { meta } = await library.create({ title })
      createdId = meta.id
      const sources = await storeImages(library, meta.id, images, summary.notes, sourceName)
      const featuredImage = article.featuredImageUrl
        ? await featuredImageOf(library, meta.id, article.featuredImageUrl, fetchImage)
        : ownFeaturedImage(article.meta.featuredImage, sources)
      const asked = article.meta.featuredImage
      if (asked && featuredImage === null && !sources.has(asked.src)) {
        summary.notes.push(t('importMain.featuredLeftOut', { source: sourceName }))
      }
      await library.save(
        {
          id: meta.id,
          doc: replaceImageSrcs(doc, sources),
          meta: {
            slug: slugify(title),
            ...article.meta,
            ...(featuredImage !== undefined && { featuredImage }),
            status: 'draft',
          },
        },
        by,
      )
      await addComments(library, meta.id, comments, by)
      summary.imported.push({ id: meta.id, title, sourceName })
    } catch (error) {
      if (createdId !== null) await library.delete(createdId).catch(() => undefined)
      summary.skipped.push({ sourceName, reason: messageOf(error) })
    }
  }
  return summary
}
