/** Longest slug produced; long titles are cut at a word boundary below this. */
export const MAX_SLUG_LENGTH = 80

/** Letters NFKD does not split into a base letter plus accent. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
}

/** Names Windows refuses for files and folders, whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/

/** A short, stable tag for a title that has no latin letters or digits (emoji, CJK…). */
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
 * Turns any title into a slug that is safe in a URL and as a file or folder name on every
 * system: lowercase ASCII letters, digits and single dashes, at most 80 characters, never
 * empty, never `.`/`..`, never a Windows reserved name.
 *
 * @example slugify('Café au lait: 5 façons') // 'cafe-au-lait-5-facons'
 */
export function slugify(title: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (c) => SPECIAL_LETTERS[c] ?? '')
    // "Don't" reads as "dont", not "don-t".
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
  let slug = cutAtWordBoundary(ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
  if (slug === '') {
    const meaningful = title.replace(/[\s\p{P}\p{Z}]+/gu, '')
    slug = meaningful === '' ? 'untitled' : `article-${shortHash(meaningful)}`
  }
  return WINDOWS_RESERVED.test(slug) ? `${slug}-1` : slug
}
