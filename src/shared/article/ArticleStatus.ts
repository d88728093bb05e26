import { z } from 'zod'

/** The review states an article moves through, in order. */
export const ARTICLE_STATUSES = ['draft', 'in_review', 'approved', 'published'] as const

export const ArticleStatusSchema = z.enum(ARTICLE_STATUSES)
export type ArticleStatus = z.infer<typeof ArticleStatusSchema>
