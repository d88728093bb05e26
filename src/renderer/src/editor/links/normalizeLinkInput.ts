import { safeLinkHref } from '@shared/safety/urlPolicy'

/** The outcome of checking what a writer typed into the link field. */
export type LinkInputResult = { ok: true; href: string } | { ok: false; message: string }

const SCHEME = /^([a-z][a-z0-9+.-]*):/i
/** `localhost:3000/x` starts like a scheme but is a host with a port. */
const HOST_WITH_PORT = /^[^:/?#@]+:\d+(?:[/?#]|$)/
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/

const NOT_AN_ADDRESS = 'That does not look like a web address.'
const NOT_A_NUMBER = 'Add a phone number after tel:, like tel:+44-20-7946-0000.'
const UNSUPPORTED =
  'Links can only point to web pages (http, https), email addresses (mailto), phone numbers (tel) or places on the site (/page, #section).'

const fail = (message: string): LinkInputResult => ({ ok: false, message })

/**
 * Turns a typed address into a link target: keeps http(s), mailto and tel links and places on
 * the site (`/about`, `#section`) as typed, makes
 * `example.com` into `https://example.com` and `name@example.com` into a mailto link, and
 * explains in plain words why anything else is refused.
 */
export function normalizeLinkInput(raw: string): LinkInputResult {
  const input = raw.trim()
  if (input === '') return fail('Type a web address, like https://example.com.')
  if (/[\s\p{Cc}]/u.test(input)) return fail('A web address cannot contain spaces.')

  if (/^(?:#|\/(?!\/)|\.\.?\/)/.test(input)) {
    // A place on the same page or site: `#section`, `/about`, `../archive`.
    return safeLinkHref(input) !== null ? { ok: true, href: input } : fail(NOT_AN_ADDRESS)
  }
  const scheme = SCHEME.exec(input)?.[1]?.toLowerCase()
  let href: string
  if (scheme && !HOST_WITH_PORT.test(input)) {
    if (scheme === 'tel') {
      return safeLinkHref(input) !== null ? { ok: true, href: input } : fail(NOT_A_NUMBER)
    }
    if (scheme !== 'http' && scheme !== 'https' && scheme !== 'mailto') return fail(UNSUPPORTED)
    href = input
  } else if (input.startsWith('//')) {
    href = `https:${input}`
  } else if (EMAIL.test(input)) {
    href = `mailto:${input}`
  } else {
    href = `https://${input}`
  }

  if (href.toLowerCase().startsWith('mailto:')) {
    return safeLinkHref(href) !== null
      ? { ok: true, href }
      : fail('Add an email address after mailto:.')
  }
  let host: string
  try {
    host = new URL(href).hostname
  } catch {
    return fail(NOT_AN_ADDRESS)
  }
  if (host === '' || (!host.includes('.') && host !== 'localhost')) {
    return fail(NOT_AN_ADDRESS)
  }
  return safeLinkHref(href) !== null ? { ok: true, href } : fail(NOT_AN_ADDRESS)
}
