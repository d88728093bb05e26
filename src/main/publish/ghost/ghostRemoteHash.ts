import { createHash } from 'node:crypto'
import type { GhostPost } from './GhostClient'

/**
 * Hash of a post's title and HTML as Ghost holds them. `updated_at` has one-second resolution,
 * so an edit made in Ghost within the same second as our read or write shows only here.
 */
export function ghostRemoteHash(post: GhostPost): string {
  return createHash('sha256')
    .update(JSON.stringify([post.title, post.html ?? '']))
    .digest('hex')
}
