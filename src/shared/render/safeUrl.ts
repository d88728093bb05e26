/** Whitespace or control characters inside a URL are how `java\tscript:` slips past checks. */
const UNSAFE_CHARACTERS = /[\s\p{Cc}\p{Cf}]/u
const HTTP = /^https?:\/\/[^/?#\\]+/i
const MAILTO = /^mailto:[^\s?]+/i
/**
 * A URL without a scheme that stays on the site: `/path`, `path`, `./path`, `#anchor`,
 * `?query`. Before the first `/`, `?` or `#` there may be no `:` (a scheme) and no `&` (an
 * entity such as `&#106;avascript:`, which Markdown and HTML would decode into a scheme).
 */
const RELATIVE = /^(?:[#?]|\/(?![/\\])|[\w.~%+-]+(?:[/?#]|$))/
const FIRST_SEGMENT = /^[^/?#]*/

function isRelative(url: string): boolean {
  const segment = FIRST_SEGMENT.exec(url)?.[0] ?? ''
  return RELATIVE.test(url) && !segment.includes(':') && !segment.includes('&')
}

/**
 * The href a link may carry, or null: http(s) with a host, mailto, or a relative URL
 * (`/path`, `#anchor`). Refused as a whole, never repaired: `javascript:`, `data:`,
 * `vbscript:`, any other scheme, and anything with whitespace or control characters.
 */
export function safeLinkHref(href: unknown): string | null {
  if (typeof href !== 'string' || href === '' || UNSAFE_CHARACTERS.test(href)) return null
  if (HTTP.test(href) || MAILTO.test(href) || isRelative(href)) return href
  return null
}

/** The URL an image may load from, or null: http(s) with a host, or a relative URL. */
export function safeImageUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url === '' || UNSAFE_CHARACTERS.test(url)) return null
  if (url.startsWith('#') || url.startsWith('?')) return null
  return HTTP.test(url) || isRelative(url) ? url : null
}

/** Whether a URL is absolute http(s) with a host. */
export function isHttpUrl(url: string): boolean {
  return HTTP.test(url) && !UNSAFE_CHARACTERS.test(url)
}
