import { z } from 'zod'
import { ArticleIdSchema } from '../../article/Article'
import { CheckedDocSchema } from '../../safety/SafeDocSchema'
import { SiteIdSchema } from '../../sites/SiteProfile'
import { channel } from '../channel'

/** Posts or pages: WordPress keeps them apart; other sites have posts only. */
export const SitePostTypeSchema = z.enum(['post', 'page'])
export type SitePostType = z.infer<typeof SitePostTypeSchema>

/** One post of a site as the browser lists it. */
export const SitePostSummarySchema = z.object({
  /** The post's id on the site (a WordPress or Ghost id, a file path in a git repository). */
  id: z.string(),
  title: z.string(),
  /** When it was (or will be) published, ISO; null for a draft without a date. */
  date: z.string().nullable(),
  /** The site's own word: publish, draft, future, pending, private, published, scheduled. */
  status: z.string(),
  author: z.string(),
})
export type SitePostSummary = z.infer<typeof SitePostSummarySchema>

export const SitePostQuerySchema = z.object({
  siteId: SiteIdSchema,
  type: SitePostTypeSchema.default('post'),
  /** Words in the title (and body, where the site searches it); empty lists everything. */
  search: z.string().max(200).default(''),
  page: z.number().int().positive().max(10_000).default(1),
})
export type SitePostQuery = z.input<typeof SitePostQuerySchema>

export const SitePostPageSchema = z.object({
  items: z.array(SitePostSummarySchema),
  hasMore: z.boolean(),
})
export type SitePostPage = z.infer<typeof SitePostPageSchema>

export const SitePostRefSchema = z.object({
  siteId: SiteIdSchema,
  type: SitePostTypeSchema.default('post'),
  postId: z.string().min(1).max(1000),
})
export type SitePostRef = z.infer<typeof SitePostRefSchema>

/** A post's body as the site keeps it: HTML (WordPress, Ghost) or Markdown (git). */
export const SitePostTextSchema = z.object({
  format: z.enum(['html', 'markdown']),
  text: z.string(),
})
export type SitePostText = z.infer<typeof SitePostTextSchema>

/** A post's text as the window reads it. */
export const SitePostBodySchema = SitePostTextSchema.extend({
  /** Fingerprint of the text as read: opening it checks the site still has that text. */
  version: z.string().max(128),
})
export type SitePostBody = z.infer<typeof SitePostBodySchema>

export const OpenedSitePostSchema = z.object({
  id: ArticleIdSchema,
  title: z.string(),
  /** What the editor could not carry over, in plain words. */
  notes: z.array(z.string()),
})
export type OpenedSitePost = z.infer<typeof OpenedSitePostSchema>

/** The posts of a connected site: browse them, and open one as an article linked to it. */
export const sitePostsChannels = {
  list: channel(SitePostQuerySchema, SitePostPageSchema),
  /** The post's body, for the window to read an HTML body the way it reads a paste. */
  read: channel(SitePostRefSchema, SitePostBodySchema),
  /**
   * Opens the post as a new article whose publication record points at it, so publishing is an
   * Update of that post. `doc` is the window's reading of an HTML body; a Markdown body is read
   * here.
   */
  open: channel(
    SitePostRefSchema.extend({
      doc: CheckedDocSchema.nullable(),
      /** The `version` of the body the window read into `doc`. */
      version: SitePostBodySchema.shape.version.nullable(),
    }),
    OpenedSitePostSchema,
  ),
}
