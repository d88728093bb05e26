import { z } from 'zod'
import { channel } from '../channel'
import { ArticleIdSchema, ArticleMetaSchema } from '../../article/Article'
import { SafeDocSchema } from '../../safety/SafeDocSchema'
import { SiteIdSchema } from '../../sites/SiteProfile'

/** A template error, reported instead of a blank pane. */
export const ThemeErrorSchema = z.object({
  message: z.string(),
  /** 1-based line in the template file, when the template engine knows it. */
  line: z.number().int().positive().nullable(),
  file: z.string().nullable(),
})
export type ThemeError = z.infer<typeof ThemeErrorSchema>

export const PreviewInputSchema = z.object({
  /** The site whose theme to use; null uses the built-in Newsroom theme with no site details. */
  siteId: SiteIdSchema.nullable(),
  /** The editor's current state, so the preview follows typing before the autosave lands. */
  meta: ArticleMetaSchema,
  doc: SafeDocSchema,
})
export type PreviewInput = z.input<typeof PreviewInputSchema>

export const PreviewResultSchema = z.object({
  /** A whole HTML document for a sandboxed iframe: no scripts, its own CSP. */
  html: z.string(),
  error: ThemeErrorSchema.nullable(),
})
export type PreviewResult = z.infer<typeof PreviewResultSchema>

const ExportInputSchema = z.object({ articleId: ArticleIdSchema, siteId: SiteIdSchema.nullable() })

/** Where an export was written; null when the person cancelled the save dialog. */
const ExportResultSchema = z.object({ path: z.string() }).nullable()

/** The layout preview and the review exports. */
export const previewChannels = {
  render: channel(PreviewInputSchema, PreviewResultSchema),
  /** One self-contained HTML file (theme applied, images inlined) for reviewers. */
  exportReviewCopy: channel(ExportInputSchema, ExportResultSchema),
  exportPdf: channel(ExportInputSchema, ExportResultSchema),
}
