import { z } from 'zod'
import type { PublicationRecord } from '@shared/publish/Publish'

const UploadedMediaSchema = z.object({ id: z.number().int().positive(), url: z.string() })
export type UploadedMedia = z.infer<typeof UploadedMediaSchema>

/** What a WordPress publish keeps in `record.extra`, so the next one sends only what changed. */
export const WordPressExtraSchema = z.object({
  /** The REST root found on the first publish. */
  restRoot: z.string().nullable().default(null),
  /** Uploaded images by asset name (`<sha256>.<ext>`). */
  media: z.record(z.string(), UploadedMediaSchema).default({}),
  /** Term ids by name, so known categories and tags cost no request. */
  categories: z.record(z.string(), z.number().int().positive()).default({}),
  tags: z.record(z.string(), z.number().int().positive()).default({}),
  /** The post's `modified_gmt` after the last publish: a later one means it was edited there. */
  modifiedGmt: z.string().nullable().default(null),
  /** The alt text last given to the featured image's media item. */
  featuredAlt: z
    .object({ id: z.number().int().positive(), alt: z.string() })
    .nullable()
    .default(null),
  /** The post is private on the site: published, but only signed-in people see it. */
  private: z.boolean().default(false),
  /**
   * Set when the article was opened from the post: the fingerprint of the body as last read or
   * sent (an Update sends the body only when it changed), the collection (`posts`, `pages`) and
   * the featured image the post had.
   */
  opened: z
    .object({
      bodyHash: z.string(),
      collection: z.enum(['posts', 'pages']).default('posts'),
      featured: UploadedMediaSchema.nullable().default(null),
    })
    .nullable()
    .default(null),
})
export type WordPressExtra = z.infer<typeof WordPressExtraSchema>

/** The bookkeeping of a record, or a fresh one when the record is missing or unreadable. */
export function readExtra(record: PublicationRecord | null): WordPressExtra {
  const parsed = WordPressExtraSchema.safeParse(record?.kind === 'wordpress' ? record.extra : {})
  return parsed.success ? parsed.data : WordPressExtraSchema.parse({})
}
