import type { ArticleMeta } from '../article/Article'
import { t } from '../i18n/i18n'
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
      ? t('slugNotes.lockedPublished')
      : t('slugNotes.lockedMoves', { kept })
  }
  if (kept !== undefined) {
    return t('slugNotes.keeps', { kept })
  }
  return live.some((r) => r.kind !== 'git') ? t('slugNotes.followsSent') : t('slugNotes.followsGit')
}
