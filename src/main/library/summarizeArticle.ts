import type { ArticleFile, ArticleSummary } from '@shared/article/Article'
import { countWords } from '@shared/article/countWords'
import { docFirstLine, docText } from '@shared/article/docText'
import {
  changedSinceApproval,
  changedSincePublish,
  sourceHashOnce,
} from '@shared/publish/articleSourceHash'

/**
 * The list row of an article. Pass `text` when the plain text is already at hand, and
 * `docJson` (`JSON.stringify(file.doc)`) when a save already has it, so a save of a long
 * article walks and serialises its document once.
 */
export function summarizeArticle(
  file: ArticleFile,
  text: string = docText(file.doc),
  docJson?: string,
): ArticleSummary {
  const { meta } = file
  // Published and approved: both checks compare against one fingerprint.
  const sourceHash = sourceHashOnce(meta, file.doc, docJson)
  return {
    id: meta.id,
    title: meta.title,
    slug: meta.slug,
    status: meta.status,
    category: meta.category,
    tags: meta.tags,
    updatedAt: meta.updatedAt,
    firstLine: docFirstLine(file.doc),
    wordCount: countWords(text),
    changedSincePublish: changedSincePublish(file.publications, meta, file.doc, sourceHash),
    ...(file.team ? { team: true } : {}),
    changedSinceApproval: changedSinceApproval(file.approval, meta, file.doc, sourceHash),
  }
}
