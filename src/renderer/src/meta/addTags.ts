/** Longest tag the article schema accepts. */
export const MAX_TAG_LENGTH = 100
/** Most tags an article may carry. */
export const MAX_TAGS = 100

/**
 * `tags` plus the comma-separated tags in `text`: trimmed, inner spaces collapsed, cut to
 * MAX_TAG_LENGTH, and skipping any already present in another case. Returns `tags` itself when
 * nothing new was added, so callers can skip a save.
 */
export function addTags(tags: readonly string[], text: string): readonly string[] {
  const seen = new Set(tags.map((t) => t.toLowerCase()))
  const added: string[] = []
  for (const part of text.split(',')) {
    const tag = part.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH).trim()
    const key = tag.toLowerCase()
    if (!tag || seen.has(key) || tags.length + added.length >= MAX_TAGS) continue
    seen.add(key)
    added.push(tag)
  }
  return added.length === 0 ? tags : [...tags, ...added]
}
