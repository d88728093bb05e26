import type { ArticleMeta } from '../article/Article'
import type { PublicationRecord } from './PublicationRecord'

/**
 * What the next publish does with the slug, in a few words for the Slug field, or null when
 * nothing is published yet (the slug simply follows the title, or was set by hand).
 * Git sites keep a published post's address while the slug only follows the title; the other
 * targets send the slug as it is.
 */
export function slugOutcome(
  meta: Pick<ArticleMeta, 'slug' | 'slugLocked'>,
  publications: Record<string, PublicationRecord>,
): string | null {
  const live = Object.values(publications).filter((r) => r.state !== 'removed')
  if (live.length === 0) return null
  const kept = live
    .map((r) => (r.kind === 'git' && typeof r.extra.slug === 'string' ? r.extra.slug : null))
    .find((slug): slug is string => slug !== null && slug !== meta.slug)
  if (meta.slugLocked) {
    return kept === undefined
      ? 'Set by hand; publishing uses it.'
      : `Set by hand; publishing moves the post from “${kept}” to this address.`
  }
  if (kept !== undefined) {
    return `Publishing keeps the published address “${kept}”. Edit the slug to move the post.`
  }
  return live.some((r) => r.kind !== 'git')
    ? 'Follows the title; publishing gives the post this address.'
    : 'Follows the title; the post is published at this address.'
}
