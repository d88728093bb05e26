import { z } from 'zod'
import { ArticleMetaSchema, type ArticleMeta } from '@shared/article/Article'
import type { PublicationRecord } from '@shared/publish/Publish'

const OpenedSchema = z.object({ bodyHash: z.string(), meta: ArticleMetaSchema })

/**
 * What opening a post file from the site left in its record: the body's fingerprint and the
 * article's details as last read or written, so an Update changes only what differs. Null for
 * an article born in Copydesk.
 */
export function openedOf(
  record: PublicationRecord | null,
): { bodyHash: string; meta: ArticleMeta } | null {
  if (record?.kind !== 'git' || !record.path) return null
  const parsed = OpenedSchema.safeParse(record.extra.opened)
  return parsed.success ? parsed.data : null
}
