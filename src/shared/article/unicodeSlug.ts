import { t } from '../i18n/i18n'
import type { ArticleMeta } from './Article'
import { hasUnromanizedWords } from './romanize'
import { slugify } from './slugify'

/**
 * The slug for targets whose addresses accept Unicode (WordPress), when it differs from the
 * article's own: a title following slug whose Japanese cannot be romanised here keeps it as
 * written. Null when the article's slug serves every target.
 */
export function unicodeSlug(meta: Pick<ArticleMeta, 'title' | 'slugLocked'>): string | null {
  if (meta.slugLocked || !hasUnromanizedWords(meta.title)) return null
  return slugify(meta.title, { unicode: true })
}

/** The Slug field's note about {@link unicodeSlug}, or null when there is nothing to say. */
export function unicodeSlugNote(meta: Pick<ArticleMeta, 'title' | 'slugLocked'>): string | null {
  const slug = unicodeSlug(meta)
  if (slug === null) return null
  return t('slugNotes.unicode', { slug })
}
