import { t } from '@shared/i18n/i18n'
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
} from 'docx'
import type { ArticleMeta, DocNode } from '@shared/article/Article'
import { ASSET_SRC_PREFIX } from '@shared/article/assetSrc'
import type { Comment } from '@shared/article/Comment'
import { sniffImageType } from '../../library/sniffImageType'
import { docxComments } from './docxComments'
import { commentIdsOf, docxInline, type CommentTrack } from './docxInline'
import { imageDimensions } from './imageDimensions'
import { markResolvedComments } from './markResolvedComments'

/** What the Word writer needs: the article, and a way to read its images. */
export interface DocxSource {
  meta: ArticleMeta
  doc: DocNode
  comments: readonly Comment[]
  /** The bytes of a library image by asset name; null when missing. */
  readAsset(name: string): Promise<Uint8Array | null>
}

const BULLETS = 'copydesk-bullets'
const NUMBERS = 'copydesk-numbers'
/** Widest an image is placed, in pixels (about the text width of an A4 page). */
const MAX_IMAGE_WIDTH = 600
const HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4]
const WORD_IMAGE_TYPES = { png: 'png', jpg: 'jpg', gif: 'gif' } as const

/** What a document body is made of here. */
type Block = Paragraph | Table

interface Context {
  track: CommentTrack
  source: DocxSource
  /** Each ordered list restarts its numbering. */
  nextListInstance: number
}

function levels(format: (typeof LevelFormat)[keyof typeof LevelFormat]): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format,
    text: format === LevelFormat.BULLET ? (['•', '◦', '▪'][level % 3] as string) : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }))
}

/** The text nodes of paragraphs and headings, in the order the writer meets them. */
function commentTrack(doc: DocNode, numbers: Map<string, number>): CommentTrack {
  const last = new Map<string, number>()
  let index = 0
  const visit = (node: DocNode): void => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      for (const child of node.content ?? []) {
        if (child.type !== 'text') continue
        for (const id of commentIdsOf(child)) last.set(id, index)
        index += 1
      }
      return
    }
    node.content?.forEach(visit)
  }
  visit(doc)
  return { numbers, last, started: new Set(), index: 0 }
}

async function image(node: DocNode, ctx: Context): Promise<Paragraph[]> {
  const src = String(node.attrs?.src ?? '')
  const alt = String(node.attrs?.alt ?? '')
  const caption = String(node.attrs?.caption ?? '')
  const bytes = src.startsWith(ASSET_SRC_PREFIX)
    ? await ctx.source.readAsset(src.slice(ASSET_SRC_PREFIX.length))
    : null
  const type = bytes ? sniffImageType(bytes)?.ext : undefined
  const wordType = type && type in WORD_IMAGE_TYPES ? WORD_IMAGE_TYPES[type as 'png'] : null
  const size = bytes ? imageDimensions(bytes) : null
  const captionParagraph = caption
    ? [new Paragraph({ children: [new TextRun({ text: caption, italics: true })] })]
    : []
  if (!bytes || !wordType || !size) {
    // A web image or a format Word cannot show: its description stands in its place.
    const text = `[Image${alt ? `: ${alt}` : ''}]${src.startsWith('http') ? ` ${src}` : ''}`
    return [
      new Paragraph({ children: [new TextRun({ text, italics: true })] }),
      ...captionParagraph,
    ]
  }
  const scale = Math.min(1, MAX_IMAGE_WIDTH / size.width)
  const run = new ImageRun({
    type: wordType,
    data: bytes,
    transformation: {
      width: Math.round(size.width * scale),
      height: Math.round(size.height * scale),
    },
    altText: { name: alt || t('transferMain.imageName'), description: alt, title: alt },
  })
  return [new Paragraph({ children: [run] }), ...captionParagraph]
}

async function list(node: DocNode, ctx: Context, level: number): Promise<Block[]> {
  const ordered = node.type === 'orderedList'
  const reference = ordered ? NUMBERS : BULLETS
  const instance = ordered ? ctx.nextListInstance++ : 0
  const out: Block[] = []
  for (const item of node.content ?? []) {
    let first = true
    for (const child of item.content ?? []) {
      if (child.type === 'bulletList' || child.type === 'orderedList') {
        out.push(...(await list(child, ctx, Math.min(level + 1, 8))))
      } else if (child.type === 'paragraph' && first) {
        const children = docxInline(child.content ?? [], ctx.track)
        out.push(new Paragraph({ children, numbering: { reference, level, instance } }))
      } else if (child.type === 'paragraph') {
        // A later paragraph of the same item: aligned with the item's text, unnumbered.
        const children = docxInline(child.content ?? [], ctx.track)
        out.push(new Paragraph({ children, indent: { left: 720 * (level + 1) } }))
      } else {
        out.push(...(await blocks([child], ctx)))
      }
      first = false
    }
  }
  return out
}

async function table(node: DocNode, ctx: Context): Promise<Table> {
  const rows: TableRow[] = []
  for (const row of node.content ?? []) {
    const cells: TableCell[] = []
    for (const cell of row.content ?? []) {
      const content = await blocks(cell.content ?? [], ctx)
      cells.push(
        new TableCell({
          children: content.length > 0 ? content : [new Paragraph({})],
          columnSpan: Number(cell.attrs?.colspan ?? 1) || 1,
          rowSpan: Number(cell.attrs?.rowspan ?? 1) || 1,
        }),
      )
    }
    const header = (row.content ?? []).every((cell) => cell.type === 'tableHeader')
    // Only a header row carries the flag: mammoth reads any tblHeader, even a false one, as set.
    rows.push(new TableRow({ children: cells, ...(header && { tableHeader: true }) }))
  }
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } })
}

async function blocks(nodes: readonly DocNode[], ctx: Context): Promise<Block[]> {
  const out: Block[] = []
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        out.push(new Paragraph({ children: docxInline(node.content ?? [], ctx.track) }))
        break
      case 'heading': {
        const level = Math.min(4, Math.max(2, Number(node.attrs?.level ?? 2)))
        const children = docxInline(node.content ?? [], ctx.track)
        out.push(new Paragraph({ heading: HEADINGS[level - 2], children }))
        break
      }
      case 'blockquote':
        for (const block of await blocks(node.content ?? [], ctx)) out.push(block)
        break
      case 'bulletList':
      case 'orderedList':
        out.push(...(await list(node, ctx, 0)))
        break
      case 'codeBlock':
        for (const line of (node.content?.[0]?.text ?? '').split('\n')) {
          out.push(new Paragraph({ children: [new TextRun({ text: line, font: 'Courier New' })] }))
        }
        break
      case 'horizontalRule':
        out.push(new Paragraph({ thematicBreak: true }))
        break
      case 'image':
        out.push(...(await image(node, ctx)))
        break
      case 'table':
        out.push(await table(node, ctx))
        break
    }
  }
  return out
}

/**
 * An article as a Word document for reviewers: the title as Heading 1, then the body with the
 * same structure (headings, marks, links, nested lists, tables, library images with their alt
 * text and captions), and Copydesk's comments as Word comments anchored to their words, replies
 * threaded. Comments whose words were deleted have nothing to anchor to and are left out.
 */
export async function articleToDocx(source: DocxSource): Promise<Uint8Array> {
  const probe = commentTrack(source.doc, new Map())
  const { options, numbers } = docxComments(source.comments, new Set(probe.last.keys()))
  const ctx: Context = { track: commentTrack(source.doc, numbers), source, nextListInstance: 1 }
  const { meta } = source
  const title = new Paragraph({
    heading: HeadingLevel.HEADING_1,
    text: meta.title || t('libraryMain.untitled'),
  })
  const document = new Document({
    title: meta.title,
    creator: meta.author || undefined,
    description: meta.excerpt || undefined,
    keywords: meta.tags.join(', ') || undefined,
    comments: { children: options },
    numbering: {
      config: [
        { reference: BULLETS, levels: levels(LevelFormat.BULLET) },
        { reference: NUMBERS, levels: levels(LevelFormat.DECIMAL) },
      ],
    },
    sections: [{ children: [title, ...(await blocks(source.doc.content ?? [], ctx))] }],
  })
  const resolved = new Set(options.flatMap((option) => (option.resolved ? [option.id] : [])))
  return markResolvedComments(new Uint8Array(await Packer.toBuffer(document)), resolved)
}
