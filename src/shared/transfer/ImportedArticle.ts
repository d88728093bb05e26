import { z } from 'zod'
import { ArticleDocSchema, ArticleIdSchema, ArticleMetaPatchSchema } from '../article/Article'
import { ImportedCommentSchema } from './ImportedComment'

/** Base64 of the largest image main accepts (50 MB, checked again on the decoded bytes). */
const MAX_IMAGE_BASE64 = Math.ceil((50 * 1024 * 1024 * 4) / 3) + 8

/** An image that came with an imported file, found in the document by its `ref` src. */
export const ImportImageSchema = z.object({
  /** The src the document uses for it (a relative path such as `images/photo.png`). */
  ref: z.string().min(1).max(2048),
  fileName: z.string().max(500),
  mimeType: z.string().max(100),
  /** File bytes, base64; main checks the decoded size and the type from the bytes. */
  dataBase64: z.string().max(MAX_IMAGE_BASE64),
})
export type ImportImage = z.infer<typeof ImportImageSchema>

/** One file turned into an article, not yet in the library. */
export const ImportedArticleSchema = z.object({
  /** The file it came from, to name it in the summary. */
  sourceName: z.string().max(500),
  meta: ArticleMetaPatchSchema,
  doc: ArticleDocSchema,
  images: z.array(ImportImageSchema).max(200).default([]),
  /** A featured image on the web, stored in the library when it can be downloaded. */
  featuredImageUrl: z.string().max(2048).nullable().default(null),
  /** Review comments that came with the file (Word comments), anchored in `doc` by their ids. */
  comments: z.array(ImportedCommentSchema).max(1000).optional(),
})
export type ImportedArticle = z.infer<typeof ImportedArticleSchema>

/** A file that did not become an article, and why, in plain words. */
export const ImportSkipSchema = z.object({
  sourceName: z.string(),
  reason: z.string(),
})
export type ImportSkip = z.infer<typeof ImportSkipSchema>

/** What an import did: the articles it added and the files it left out. */
export const ImportSummarySchema = z.object({
  imported: z.array(z.object({ id: ArticleIdSchema, title: z.string(), sourceName: z.string() })),
  skipped: z.array(ImportSkipSchema),
  /** Things worth knowing that did not stop an article (an image left out, a link removed). */
  notes: z.array(z.string()),
})
export type ImportSummary = z.infer<typeof ImportSummarySchema>
