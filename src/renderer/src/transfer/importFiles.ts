import { MAX_IMPORT_BATCH } from '@shared/ipc/channels/transfer'
import type { ImportedArticle, ImportSummary } from '@shared/transfer/ImportedArticle'
import { copydesk } from '../api/copydesk'
import { readImportFiles } from './readImportFiles'
import { t } from '@shared/i18n/i18n'

/** Most base64 image data sent in one message (a single bigger article still goes alone). */
const BATCH_IMAGE_CHARS = 32 * 1024 * 1024

function imageChars(article: ImportedArticle): number {
  return article.images.reduce((sum, image) => sum + image.dataBase64.length, 0)
}

/** Articles in groups of at most MAX_IMPORT_BATCH and about BATCH_IMAGE_CHARS of images. */
function batches(articles: ImportedArticle[]): ImportedArticle[][] {
  const groups: ImportedArticle[][] = []
  let group: ImportedArticle[] = []
  let chars = 0
  for (const article of articles) {
    const size = imageChars(article)
    if (
      group.length === MAX_IMPORT_BATCH ||
      (group.length > 0 && chars + size > BATCH_IMAGE_CHARS)
    ) {
      groups.push(group)
      group = []
      chars = 0
    }
    group.push(article)
    chars += size
  }
  if (group.length > 0) groups.push(group)
  return groups
}

/**
 * Imports picked or dropped files as new drafts, a few at a time so a big batch never makes
 * one huge message, and returns what was imported and what was skipped, and why. `onProgress`
 * hears how far it got, for a status line.
 */
export async function importFiles(
  files: File[],
  onProgress: (message: string) => void = () => undefined,
): Promise<ImportSummary> {
  onProgress(t('screens.transfer.reading'))
  const { articles, skipped, notes } = await readImportFiles(files)
  const summary: ImportSummary = { imported: [], skipped, notes }
  for (const batch of batches(articles)) {
    onProgress(
      t('screens.transfer.importing', {
        from: summary.imported.length + 1,
        to: summary.imported.length + batch.length,
        total: articles.length,
      }),
    )
    const answer = await copydesk().transfer.importArticles({ articles: batch })
    summary.imported.push(...answer.imported)
    summary.skipped.push(...answer.skipped)
    summary.notes.push(...answer.notes)
  }
  return summary
}
