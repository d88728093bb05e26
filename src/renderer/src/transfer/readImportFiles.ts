import { formatByteSize } from '@shared/format/localeFormat'
import { anchorImportedComments } from '@shared/transfer/anchorImportedComments'
import { articleFromMarkdown } from '@shared/transfer/articleFromMarkdown'
import { withoutCommentMarkers } from '@shared/transfer/commentMarkers'
import type { ImportedArticle, ImportSkip } from '@shared/transfer/ImportedArticle'
import { MAX_DOCX_BYTES, MAX_WXR_CHARS } from '@shared/ipc/channels/transfer'
import { copydesk } from '../api/copydesk'
import { messageOf } from '../api/messageOf'
import { articleFromHtml } from './articleFromHtml'
import { docFromHtml } from './docFromHtml'
import { fileBase64, IMAGE_FILE, ImportImages } from './ImportImages'
import { readBlob } from './readBlob'
import { t } from '@shared/i18n/i18n'

/** Largest Markdown or HTML file read; anything bigger is no article (and would stall). */
export const MAX_TEXT_FILE_BYTES = 10 * 1024 * 1024

const MARKDOWN_FILE = /\.(md|markdown|mdown|mkd|txt)$/i
const HTML_FILE = /\.html?$/i
const WORD_FILE = /\.docx$/i
const WORDPRESS_FILE = /\.xml$/i

/** Files turned into articles, and the ones that could not be, with the reason. */
export interface ReadFiles {
  articles: ImportedArticle[]
  skipped: ImportSkip[]
  /** What did not stop a file but is worth knowing. */
  notes: string[]
}

/**
 * A Word file: main converts it to HTML, which then takes the same path as an HTML file; its
 * comments come along, anchored to the words they were on in Word.
 */
async function readWordFile(
  file: File,
  sourceName: string,
  images: ImportImages,
  result: ReadFiles,
): Promise<void> {
  if (file.size > MAX_DOCX_BYTES) {
    result.skipped.push({
      sourceName,
      reason: t('screens.transfer.wordTooLarge', {
        size: formatByteSize(file.size),
        limit: formatByteSize(MAX_DOCX_BYTES),
      }),
    })
    return
  }
  try {
    const dataBase64 = await fileBase64(file)
    const converted = await copydesk().transfer.convertDocx({ fileName: file.name, dataBase64 })
    const { html, warnings } = converted
    const { meta, doc, images: own } = await articleFromHtml(file.name, html, images)
    const anchored = anchorImportedComments(doc, converted.comments)
    result.articles.push({
      sourceName,
      meta: {
        ...meta,
        ...(meta.title !== undefined && { title: withoutCommentMarkers(meta.title) }),
      },
      doc: anchored.doc,
      images: own,
      featuredImageUrl: null,
      comments: anchored.comments,
    })
    if (warnings.some((w) => w.includes('external file access'))) {
      result.notes.push(t('screens.transfer.linkedPictures', { file: sourceName }))
    }
  } catch (error) {
    result.skipped.push({ sourceName, reason: messageOf(error) })
  }
}

/**
 * A WordPress export: main reads the XML, each post's HTML then takes the paste path. Their
 * images stay on the web (and the featured image is downloaded on import when it can be).
 */
async function readWordPressExport(
  file: File,
  sourceName: string,
  result: ReadFiles,
): Promise<void> {
  if (file.size > MAX_WXR_CHARS) {
    result.skipped.push({
      sourceName,
      reason: t('screens.transfer.wordPressTooLarge', {
        size: formatByteSize(file.size),
        limit: formatByteSize(MAX_WXR_CHARS),
      }),
    })
    return
  }
  try {
    const text = await readBlob(file, 'text')
    const wxr = await copydesk().transfer.readWxr({ fileName: file.name, text })
    result.skipped.push(...wxr.skipped)
    result.notes.push(...wxr.notes)
    for (const post of wxr.posts) {
      result.articles.push({
        sourceName: post.sourceName,
        meta: post.meta,
        doc: docFromHtml(post.html),
        images: [],
        featuredImageUrl: post.featuredImageUrl,
      })
      // Let the window paint between posts of a big export.
      if (result.articles.length % 50 === 0) await new Promise((r) => setTimeout(r, 0))
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
    if (WORDPRESS_FILE.test(file.name)) {
      await readWordPressExport(file, sourceName, result)
      continue
    }
    if (!markdown && !HTML_FILE.test(file.name)) {
      result.skipped.push({
        sourceName,
        reason: t('screens.transfer.unknownKind'),
      })
      continue
    }
    if (file.size > MAX_TEXT_FILE_BYTES) {
      result.skipped.push({
        sourceName,
        reason: t('screens.transfer.textTooLarge', {
          size: formatByteSize(file.size),
          limit: formatByteSize(MAX_TEXT_FILE_BYTES),
        }),
      })
      continue
    }
    try {
      const text = await readBlob(file, 'text')
      if (markdown) {
        const used = new Map<string, File>()
        const missing = new Set<string>()
        const { meta, doc } = articleFromMarkdown(file.name, text, {
          imageSrc: (src) => {
            const ref = images.refFor(src, used)
            if (ref === src && !/^(?:https?|asset):/i.test(src)) missing.add(src)
            return ref
          },
        })
        if (missing.size > 0) {
          const list = [...missing].slice(0, 5).join(', ')
          result.notes.push(
            `${sourceName}: ${missing.size === 1 ? 'an image was' : `${missing.size} images were`} not among the picked files and only the description was kept (${list}). Pick the images together with the file to bring them in.`,
          )
        }
        result.articles.push({
          sourceName,
          meta,
          doc,
          images: await ImportImages.payload(used),
          featuredImageUrl: null,
        })
      } else {
        result.articles.push({
          sourceName,
          ...(await articleFromHtml(file.name, text, images)),
          featuredImageUrl: null,
        })
      }
    } catch {
      result.skipped.push({ sourceName, reason: t('screens.transfer.unreadable') })
    }
  }
  return result
}
