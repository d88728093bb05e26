import { z } from 'zod'

/** The review states an article moves through, in order. */
export const ARTICLE_STATUSES = ['draft', 'in_review', 'approved', 'published'] as const

export const ArticleStatusSchema = z.enum(ARTICLE_STATUSES)
export type ArticleStatus = z.infer<typeof ArticleStatusSchema>

/** Labels a person sees; the enum values stay stable on disk. */
export const ARTICLE_STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  published: 'Published',
}
