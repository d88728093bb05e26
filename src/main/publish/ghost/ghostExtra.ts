import type { PublicationRecord } from '@shared/publish/Publish'
import type { GhostCollection } from './GhostClient'

/** What a Ghost publication keeps besides the post id. */
export interface GhostExtra {
  /** The post's `updated_at` after our last write: Ghost refuses an update that does not send it. */
  updatedAt: string
  /** Asset name → URL in Ghost's image storage; each image is uploaded once. */
  images: Record<string, string>
  /** See ghostRemoteHash. */
  remoteHash?: string
  /**
   * Set when the article was opened from the post: its collection, and the fingerprint of the
   * body as Copydesk renders it (an Update sends the body only when that changed).
   */
  opened?: { bodyHash: string; collection: GhostCollection }
}

/** The opened-post part of a record, when the article came from its Ghost post. */
export function openedOf(record: PublicationRecord | null): GhostExtra['opened'] | null {
  if (record?.kind !== 'ghost' || !record.remoteId) return null
  const opened = (record.extra as Partial<GhostExtra>).opened
  if (typeof opened !== 'object' || opened === null) return null
  return {
    bodyHash: typeof opened.bodyHash === 'string' ? opened.bodyHash : '',
    collection: opened.collection === 'pages' ? 'pages' : 'posts',
  }
}
