import { z } from 'zod'
import { SiteIdSchema } from '../sites/SiteProfile'

/**
 * What publishing left on a site, kept in the article so re-publishing updates the same post
 * and unpublishing removes it.
 */
export const PublicationRecordSchema = z.object({
  siteId: SiteIdSchema,
  kind: z.enum(['git', 'wordpress', 'ghost', 'webhook']),
  state: z.enum(['published', 'scheduled', 'draft', 'removed']),
  /** The post's id on the remote (WordPress / Ghost), when it has one. */
  remoteId: z.string().nullable(),
  /** Public URL of the post. */
  url: z.string().nullable(),
  /** Path of the post in a git repository. */
  path: z.string().nullable(),
  /** Hash of what was sent, so a retry or an unchanged republish can be recognised. */
  contentHash: z.string(),
  publishedAt: z.string(),
  /**
   * Fingerprint of the article as it was sent (see articleSourceHash), to tell when it changed
   * since. Absent in records made before it was kept.
   */
  sourceHash: z.string().optional(),
  /** Target-specific bookkeeping (commit id, Ghost updated_at, uploaded media ids...). */
  extra: z.record(z.string(), z.unknown()).default({}),
})
export type PublicationRecord = z.infer<typeof PublicationRecordSchema>
