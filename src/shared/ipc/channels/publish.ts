import { z } from 'zod'
import { ArticleIdSchema } from '../../article/Article'
import {
  ConnectionReportSchema,
  PublicationRecordSchema,
  PublishCheckSchema,
  PublishJobSchema,
  PublishPlanSchema,
  UnpublishModeSchema,
} from '../../publish/Publish'
import { OutboxProblemSchema } from '../../publish/OutboxProblem'
import { PublishedChangeSchema } from '../../publish/PublishedChange'
import { SiteIdSchema } from '../../sites/SiteProfile'
import { channel } from '../channel'

const ArticleOnSite = z.object({ articleId: ArticleIdSchema, siteId: SiteIdSchema })
const ByJob = z.object({ jobId: z.string().uuid() })

export const PlanResultSchema = z.object({
  checks: z.array(PublishCheckSchema),
  /** Null while a check blocks publishing, or while the site cannot be reached. */
  plan: PublishPlanSchema.nullable(),
  /**
   * True when the site could not be reached for the plan. Publishing is still allowed: the job
   * waits in the outbox and goes out by itself once the site answers again.
   */
  siteUnreachable: z.boolean().default(false),
})
export type PlanResult = z.infer<typeof PlanResultSchema>

/** A site as the publish dialog lists it. */
export const PublishSiteSchema = z.object({
  id: SiteIdSchema,
  name: z.string(),
  url: z.string(),
  /** How articles reach it; null while no publishing is set up. */
  kind: PublicationRecordSchema.shape.kind.nullable(),
})
export type PublishSite = z.infer<typeof PublishSiteSchema>

/**
 * Publishing an article to a site. Jobs run in main; the renderer follows their progress by
 * asking for `jobs` every moment while one is active.
 */
export const publishChannels = {
  /** The sites an article can be published to. */
  sites: channel(z.undefined(), z.array(PublishSiteSchema)),
  /** Pre-flight only. */
  check: channel(ArticleOnSite, z.array(PublishCheckSchema)),
  /** Pre-flight and, when nothing blocks, the exact changes publishing will make. */
  plan: channel(ArticleOnSite, PlanResultSchema),
  start: channel(ArticleOnSite, PublishJobSchema),
  unpublish: channel(ArticleOnSite.extend({ mode: UnpublishModeSchema }), PublishJobSchema),
  /** Jobs, newest first; only one article's when `articleId` is given. */
  jobs: channel(
    z.object({ articleId: ArticleIdSchema.optional() }).optional(),
    z.array(PublishJobSchema),
  ),
  /** "Retry now" for a waiting job; "Try again" for a failed one. */
  retry: channel(ByJob, PublishJobSchema),
  cancel: channel(ByJob, PublishJobSchema),
  resolveConflict: channel(
    ByJob.extend({ choice: z.enum(['overwrite', 'stop']) }),
    PublishJobSchema,
  ),
  testConnection: channel(z.object({ siteId: SiteIdSchema }), ConnectionReportSchema),
  /** The categories and tags the site itself lists (WordPress). */
  siteTerms: channel(
    z.object({ siteId: SiteIdSchema }),
    z.object({ categories: z.array(z.string()), tags: z.array(z.string()) }),
  ),
  /** Sites where the article is live but shows an older version, with the difference. */
  changes: channel(z.object({ articleId: ArticleIdSchema }), z.array(PublishedChangeSchema)),
  /** Publish jobs that could not be read from the outbox (set aside, or left for a newer version). */
  outboxProblems: channel(z.undefined(), z.array(OutboxProblemSchema)),
  /** Where the article was published, one record per site. */
  records: channel(z.object({ articleId: ArticleIdSchema }), z.array(PublicationRecordSchema)),
}
