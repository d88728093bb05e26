import { isAllowedLinkHref } from './isAllowedLinkHref'

/** The outcome of checking what a writer typed into the link field. */
export type LinkInputResult = { ok: true; href: string } | { ok: false; message: string }

const SCHEME = /^([a-z][a-z0-9+.-]*):/i
/** `localhost:3000/x` starts like a scheme but is a host with a port. */
const HOST_WITH_PORT = /^[^:/?#@]+:\d+(?:[/?#]|$)/
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/

const fail = (message: string): LinkInputResult => ({ ok: false, message })

/**
 * Turns a typed address into a link target: keeps http(s) and mailto links as typed, makes
 * `example.com` into `https://example.com` and `name@example.com` into a mailto link, and
 * explains in plain words why anything else is refused.
 */
export function normalizeLinkInput(raw: string): LinkInputResult {
  const input = raw.trim()
  if (input === '') return fail('Type a web address, like https://example.com.')
  if (/[\s\p{Cc}]/u.test(input)) return fail('A web address cannot contain spaces.')

  const scheme = SCHEME.exec(input)?.[1]?.toLowerCase()
  let href: string
  if (scheme && !HOST_WITH_PORT.test(input)) {
    if (scheme !== 'http' && scheme !== 'https' && scheme !== 'mailto') {
      return fail('Links can only point to web pages (http, https) or email addresses (mailto).')
    }
    href = input
  } else if (input.startsWith('//')) {
    href = `https:${input}`
  } else if (EMAIL.test(input)) {
    href = `mailto:${input}`
  } else {
    href = `https://${input}`
  }

  if (href.toLowerCase().startsWith('mailto:')) {
    return isAllowedLinkHref(href)
      ? { ok: true, href }
      : fail('Add an email address after mailto:.')
  }
  let host: string
  try {
    host = new URL(href).hostname
  } catch {
    return fail('That does not look like a web address.')
  }
  if (host === '' || (!host.includes('.') && host !== 'localhost')) {
    return fail('That does not look like a web address.')
  }
  return isAllowedLinkHref(href)
    ? { ok: true, href }
    : fail('That does not look like a web address.')
}
