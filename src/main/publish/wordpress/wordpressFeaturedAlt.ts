import type { WordPressClient } from './WordPressClient'
import type { WordPressExtra } from './wordpressRecord'

/**
 * Gives the featured image's media item the article's alt text, which themes show on the
 * post's cover. An upload already carries it; this covers an image the site had before, the
 * same image with another alt text in the body, and an alt text edited since. Skipped when the
 * record says the item already has it. Returns what the record keeps.
 */
export async function syncFeaturedAlt(
  client: WordPressClient,
  mediaId: number | null,
  alt: string,
  known: WordPressExtra['featuredAlt'],
): Promise<WordPressExtra['featuredAlt']> {
  const text = alt.trim()
  if (mediaId === null || text === '') return null
  if (known?.id === mediaId && known.alt === text) return known
  await client.post<unknown>(`/wp/v2/media/${mediaId}`, {
    action: 'describeImages',
    json: { alt_text: text },
  })
  return { id: mediaId, alt: text }
}
