import { createHash } from 'node:crypto'

/**
 * Fingerprint of a body as Copydesk renders it. Kept when a post is opened from its site, so an
 * Update whose body still renders the same leaves the site's own markup untouched.
 */
export function openedBodyHash(rendered: string): string {
  return createHash('sha256').update(rendered).digest('hex')
}
