import { articleFromMarkdown } from '@shared/transfer/articleFromMarkdown'
import type { ImportedArticle, ImportSkip } from '@shared/transfer/ImportedArticle'
import { articleFromHtml } from './articleFromHtml'
import { IMAGE_FILE, ImportImages } from './ImportImages'
import { readBlob } from './readBlob'

/** Largest Markdown or HTML file read; anything bigger is no article (and would stall). */
export const MAX_TEXT_FILE_BYTES = 10 * 1024 * 1024

const MARKDOWN_FILE = /\.(md|markdown|mdown|mkd|txt)$/i
const HTML_FILE = /\.html?$/i

/** Files turned into articles, and the ones that could not be, with the reason. */
export interface ReadFiles {
  articles: ImportedArticle[]
  skipped: ImportSkip[]
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024 / 1024)} MB`
}

/**
 * Reads picked or dropped files: Markdown and HTML files become articles, image files go with
 * the articles that reference them, anything else is skipped with a reason. Nothing reaches the
 * library here; see importFiles.
 */
export async function readImportFiles(files: File[]): Promise<ReadFiles> {
  const images = await ImportImages.from(files.filter((f) => IMAGE_FILE.test(f.name)))
  const result: ReadFiles = { articles: [], skipped: [] }
  for (const file of files) {
    const sourceName = file.webkitRelativePath || file.name
    if (IMAGE_FILE.test(file.name)) continue
    const markdown = MARKDOWN_FILE.test(file.name)
    if (!markdown && !HTML_FILE.test(file.name)) {
      result.skipped.push({
        sourceName,
        reason: 'Copydesk imports Markdown (.md) and web page (.html) files.',
      })
      continue
    }
    if (file.size > MAX_TEXT_FILE_BYTES) {
      result.skipped.push({
        sourceName,
        reason: `The file is ${megabytes(file.size)}; an article file may be up to ${megabytes(MAX_TEXT_FILE_BYTES)}.`,
      })
      continue
    }
    try {
      const text = await readBlob(file, 'text')
      if (markdown) {
        const used = new Map<string, File>()
        const { meta, doc } = articleFromMarkdown(file.name, text, {
          imageSrc: (src) => images.refFor(src, used),
        })
        result.articles.push({ sourceName, meta, doc, images: await ImportImages.payload(used) })
      } else {
        result.articles.push({ sourceName, ...(await articleFromHtml(file.name, text, images)) })
      }
    } catch {
      result.skipped.push({ sourceName, reason: 'The file could not be read.' })
    }
  }
  return result
}
