import { z } from 'zod'
import { SiteIdSchema } from '../sites/SiteProfile'

/** A site that shows an older version of the article than the library holds. */
export const PublishedChangeSchema = z.object({
  siteId: SiteIdSchema,
  siteName: z.string(),
  url: z.string().nullable(),
  publishedAt: z.string(),
  /** The article as it was published (details, then the body), or null when no copy is kept. */
  before: z.string().nullable(),
  /** The article now, in the same form. */
  after: z.string(),
})
export type PublishedChange = z.infer<typeof PublishedChangeSchema>
