import { z } from 'zod'
import { ArticleIdSchema, ArticleMetaPatchSchema } from '../../article/Article'
import {
  ImportedArticleSchema,
  ImportSkipSchema,
  ImportSummarySchema,
} from '../../transfer/ImportedArticle'
import { ImportedCommentSchema } from '../../transfer/ImportedComment'
import { channel } from '../channel'

/** Most files one import takes; a bigger batch is split by the window. */
export const MAX_IMPORT_BATCH = 50

export const ExportLibrarySchema = z.object({
  /** The articles to export; all of the library when absent. */
  ids: z.array(ArticleIdSchema).max(100_000).optional(),
  /** A folder of Markdown files with an `images/` folder, or the same as one zip file. */
  format: z.enum(['folder', 'zip']),
})
export type ExportLibrary = z.infer<typeof ExportLibrarySchema>

export const ExportArticleSchema = z.object({
  id: ArticleIdSchema,
  /** Markdown or HTML with an `images/` folder beside it, or a Word file with images inside. */
  format: z.enum(['markdown', 'html', 'docx']),
})
export type ExportArticle = z.infer<typeof ExportArticleSchema>

/** Where an export went; null when the person cancelled the save dialog. */
export const ExportResultSchema = z
  .object({ path: z.string(), articles: z.number().int().nonnegative() })
  .nullable()
export type ExportResult = z.infer<typeof ExportResultSchema>

/** Largest Word file the window sends to be converted (checked again in main). */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024

export const ConvertDocxSchema = z.object({
  fileName: z.string().max(500),
  dataBase64: z.string().max(Math.ceil((MAX_DOCX_BYTES * 4) / 3) + 8),
})
export type ConvertDocx = z.infer<typeof ConvertDocxSchema>

/**
 * A Word file as HTML (images as `data:` URLs, comments' words between markers), its comments,
 * and what could not be carried over.
 */
export const DocxHtmlSchema = z.object({
  html: z.string(),
  warnings: z.array(z.string()),
  comments: z.array(ImportedCommentSchema),
})
export type DocxHtml = z.infer<typeof DocxHtmlSchema>

/** Largest WordPress export read, in characters. */
export const MAX_WXR_CHARS = 200 * 1024 * 1024

/** The posts and pages of a WordPress export, their bodies still HTML. */
export const WxrPostsSchema = z.object({
  posts: z.array(
    z.object({
      sourceName: z.string(),
      meta: ArticleMetaPatchSchema,
      html: z.string(),
      featuredImageUrl: z.string().nullable(),
    }),
  ),
  skipped: z.array(ImportSkipSchema),
  notes: z.array(z.string()),
})

/** Files in and out of the library: imports of converted files, exports to Markdown and HTML. */
export const transferChannels = {
  importArticles: channel(
    z.object({ articles: z.array(ImportedArticleSchema).max(MAX_IMPORT_BATCH) }),
    ImportSummarySchema,
  ),
  /** Reads a Word file as HTML; the window turns it into an article as it does a paste. */
  convertDocx: channel(ConvertDocxSchema, DocxHtmlSchema),
  /** Reads a WordPress export (WXR); the window converts each body as it does a paste. */
  readWxr: channel(
    z.object({ fileName: z.string().max(500), text: z.string().max(MAX_WXR_CHARS) }),
    WxrPostsSchema,
  ),
  exportLibrary: channel(ExportLibrarySchema, ExportResultSchema),
  exportArticle: channel(ExportArticleSchema, ExportResultSchema),
}
