/** Control characters or whitespace inside a URL are how `java\tscript:` slips past naive checks. */
const UNSAFE_CHARACTERS = /[\s\p{Cc}]/u

/** http(s) with a host, or mailto with an address: the only links an article may carry. */
const ALLOWED_HREF = /^(?:https?:\/\/[^/?#]+|mailto:[^?]+)/i

/**
 * Whether `href` may be stored in a link: absolute http, https or mailto only. Everything else
 * (`javascript:`, `data:`, `file:`, relative paths) is refused, so pasted or typed links cannot
 * run script in the preview or on the published site.
 */
export function isAllowedLinkHref(href: string | null | undefined): boolean {
  if (!href) return false
  const trimmed = href.trim()
  if (UNSAFE_CHARACTERS.test(trimmed)) return false
  return ALLOWED_HREF.test(trimmed)
}
