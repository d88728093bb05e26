import { createHash } from 'node:crypto'

/** Empty paragraphs at the very end: the editor keeps one after a closing image or table. */
const TRAILING_EMPTY_PARAGRAPHS = /(?:\n?<p><\/p>)+(\n?)$/

/**
 * Fingerprint of a body as Copydesk renders it. Kept when a post is opened from its site, so an
 * Update whose body still renders the same leaves the site's own markup untouched. Empty
 * paragraphs at the end do not count: the editor adds one below a last image as soon as the
 * document changes (an image downloaded into the article), with nothing written.
 */
export function openedBodyHash(rendered: string): string {
  return createHash('sha256')
    .update(rendered.replace(TRAILING_EMPTY_PARAGRAPHS, '$1'))
    .digest('hex')
}
