import { articleFromMarkdown } from '@shared/transfer/articleFromMarkdown'
import type { ImportedArticle, ImportSkip } from '@shared/transfer/ImportedArticle'
import { MAX_DOCX_BYTES } from '@shared/ipc/channels/transfer'
import { copydesk } from '../api/copydesk'
import { messageOf } from '../api/messageOf'
import { articleFromHtml } from './articleFromHtml'
import { fileBase64, IMAGE_FILE, ImportImages } from './ImportImages'
import { readBlob } from './readBlob'

/** Largest Markdown or HTML file read; anything bigger is no article (and would stall). */
export const MAX_TEXT_FILE_BYTES = 10 * 1024 * 1024

const MARKDOWN_FILE = /\.(md|markdown|mdown|mkd|txt)$/i
const HTML_FILE = /\.html?$/i
const WORD_FILE = /\.docx$/i

/** Files turned into articles, and the ones that could not be, with the reason. */
export interface ReadFiles {
  articles: ImportedArticle[]
  skipped: ImportSkip[]
  /** What did not stop a file but is worth knowing. */
  notes: string[]
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024 / 1024)} MB`
}

/** A Word file: main converts it to HTML, which then takes the same path as an HTML file. */
async function readWordFile(
  file: File,
  sourceName: string,
  images: ImportImages,
  result: ReadFiles,
): Promise<void> {
  if (file.size > MAX_DOCX_BYTES) {
    result.skipped.push({
      sourceName,
      reason: `The file is ${megabytes(file.size)}; Copydesk imports Word files up to ${megabytes(MAX_DOCX_BYTES)}.`,
    })
    return
  }
  try {
    const dataBase64 = await fileBase64(file)
    const { html, warnings } = await copydesk().transfer.convertDocx({
      fileName: file.name,
      dataBase64,
    })
    result.articles.push({ sourceName, ...(await articleFromHtml(file.name, html, images)) })
    if (warnings.some((w) => w.includes('external file access'))) {
      result.notes.push(
        `${sourceName}: pictures linked to files outside the document were left out.`,
      )
    }
  } catch (error) {
    result.skipped.push({ sourceName, reason: messageOf(error) })
  }
}

/**
 * Reads picked or dropped files: Word, Markdown and HTML files become articles, image files go with
 * the articles that reference them, anything else is skipped with a reason. Nothing reaches the
 * library here; see importFiles.
 */
export async function readImportFiles(files: File[]): Promise<ReadFiles> {
  const images = await ImportImages.from(files.filter((f) => IMAGE_FILE.test(f.name)))
  const result: ReadFiles = { articles: [], skipped: [], notes: [] }
  for (const file of files) {
    const sourceName = file.webkitRelativePath || file.name
    if (IMAGE_FILE.test(file.name)) continue
    const markdown = MARKDOWN_FILE.test(file.name)
    if (WORD_FILE.test(file.name)) {
      await readWordFile(file, sourceName, images, result)
      continue
    }
    if (!markdown && !HTML_FILE.test(file.name)) {
      result.skipped.push({
        sourceName,
        reason: 'Copydesk imports Word (.docx), Markdown (.md) and web page (.html) files.',
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
