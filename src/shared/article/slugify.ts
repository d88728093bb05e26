/** Longest slug produced; long titles are cut at a word boundary below this. */
export const MAX_SLUG_LENGTH = 80

import { romanize } from './romanize'

/** How {@link slugify} writes a slug. */
export interface SlugOptions {
  /**
   * Keep letters that have no romanisation here (Japanese kanji) instead of leaving them out,
   * for targets whose addresses accept Unicode (WordPress).
   */
  unicode?: boolean
}

/** Names Windows refuses for files and folders, whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/

/** A short, stable tag for a title with no letter or digit that can be written (emoji…). */
function shortHash(text: string): string {
  // FNV-1a: stable across runs, so the slug does not change while the title does not.
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(36).padStart(7, '0')
}

function cutAtWordBoundary(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1)
  const lastDash = cut.lastIndexOf('-')
  // One very long word has no boundary to cut at: cut it hard rather than return nothing.
  const kept = lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, MAX_SLUG_LENGTH)
  return kept.replace(/-+$/, '')
}

/**
 * Turns a title in any script into a readable slug that is safe in a URL and as a file or
 * folder name on every system: lowercase ASCII letters, digits and single dashes (other
 * scripts transliterated, see {@link romanize}), at most 80 characters, never empty, never
 * `.`/`..`, never a Windows reserved name. With `unicode`, letters that cannot be romanised
 * stay as they are.
 *
 * @example slugify('Café au lait: 5 façons') // 'cafe-au-lait-5-facons'
 * @example slugify('Привет, мир') // 'privet-mir'
 */
export function slugify(title: string, { unicode = false }: SlugOptions = {}): string {
  const latin = romanize(title, { keepUnicode: unicode })
    .toLowerCase()
    // "Don't" reads as "dont", not "don-t"; Arabic and Hebrew letters written as quotes go too.
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
  const notSlug = unicode ? /[^\p{L}\p{N}]+/gu : /[^a-z0-9]+/g
  let slug = cutAtWordBoundary(latin.replace(notSlug, '-').replace(/^-+|-+$/g, ''))
  if (slug === '') {
    const meaningful = title.replace(/[\s\p{P}\p{Z}]+/gu, '')
    slug = meaningful === '' ? 'untitled' : `article-${shortHash(meaningful)}`
  }
  return WINDOWS_RESERVED.test(slug) ? `${slug}-1` : slug
}
