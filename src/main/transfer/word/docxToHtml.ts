import { t } from '@shared/i18n/i18n'
import { formatByteSize } from '@shared/format/localeFormat'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import mammoth from 'mammoth'
import type { ImportedComment } from '@shared/transfer/ImportedComment'
import { MAX_DOCX_BYTES } from '@shared/ipc/channels/transfer'
import { AppError } from '../../errors/AppError'
import { checkZipSize } from './checkZipSize'
import { markCommentRanges } from './markCommentRanges'
import { readWordComments } from './readWordComments'

/** Most a Word file may unpack to (text, styles and images together). */
const MAX_UNPACKED_BYTES = 300 * 1024 * 1024

const ZIP = [0x50, 0x4b, 0x03, 0x04]
/** Compound File header: an encrypted .docx, or an old binary .doc. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** The "↑" link mammoth puts after each footnote, back to where it is cited. */
const BACK_LINK = / ?<a href="#(?:footnote|endnote)-ref-[\w-]+">↑<\/a>/g

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte)
}

/** A Word file as HTML, with its comments and what the converter could not carry over. */
export interface DocxHtml {
  /** The body; each comment's words sit between its markers (see commentMarkers). */
  html: string
  warnings: string[]
  comments: ImportedComment[]
}

const BODY = 'word/document.xml'
const COMMENTS = 'word/comments.xml'
const THREADS = 'word/commentsExtended.xml'

/**
 * The file's comments, and the file mammoth should read: with the comments' ranges written
 * into the text as markers, or the file itself when it has no comments.
 */
function withCommentMarkers(bytes: Uint8Array): { bytes: Uint8Array; comments: ImportedComment[] } {
  const parts = unzipSync(bytes, { filter: (file) => [COMMENTS, THREADS].includes(file.name) })
  const text = (name: string) => (parts[name] ? strFromU8(parts[name]) : undefined)
  const { comments, anchors } = readWordComments(text(COMMENTS), text(THREADS))
  if (comments.length === 0) return { bytes, comments }
  const files = unzipSync(bytes)
  const body = files[BODY]
  if (!body) return { bytes, comments: [] }
  files[BODY] = strToU8(markCommentRanges(strFromU8(body), anchors))
  // Stored, not deflated: this copy only lives until mammoth has read it.
  return { bytes: zipSync(files, { level: 0 }), comments }
}

/**
 * Converts a .docx to HTML with mammoth: headings, paragraphs, bold and italic, links, nested
 * lists, tables, images (as `data:` URLs, with their alt text) and footnotes and endnotes as a
 * numbered list at the end, and its comments (see readWordComments) with markers around their
 * words. Linked files outside the document are never read. Refuses, with a
 * plain reason, files that are too big, password-protected or old .doc files, zip bombs and
 * damaged files.
 */
export async function docxToHtml(bytes: Uint8Array, fileName: string): Promise<DocxHtml> {
  const what = `“${fileName}”`
  if (bytes.byteLength > MAX_DOCX_BYTES) {
    throw new AppError(
      'refused',
      t('transferMain.docxTooLarge', {
        what,
        size: formatByteSize(bytes.byteLength),
        limit: formatByteSize(MAX_DOCX_BYTES),
      }),
    )
  }
  if (startsWith(bytes, COMPOUND_FILE)) {
    throw new AppError('refused', t('transferMain.docxProtected', { what }))
  }
  if (!startsWith(bytes, ZIP)) {
    throw new AppError('refused', t('transferMain.notDocx', { what }))
  }
  await checkZipSize(bytes, MAX_UNPACKED_BYTES, what)
  try {
    const marked = withCommentMarkers(bytes)
    const result = await mammoth.convertToHtml(
      {
        buffer: Buffer.from(marked.bytes.buffer, marked.bytes.byteOffset, marked.bytes.byteLength),
      },
      { externalFileAccess: false },
    )
    const warnings = result.messages
      .filter((m) => m.type === 'warning' || m.type === 'error')
      .map((m) => m.message)
    return {
      html: result.value.replace(BACK_LINK, ''),
      warnings: [...new Set(warnings)].slice(0, 20),
      comments: marked.comments,
    }
  } catch (error) {
    throw new AppError('refused', t('transferMain.docxDamaged', { what }), {
      cause: error,
    })
  }
}
