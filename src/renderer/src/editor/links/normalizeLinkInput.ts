import { safeLinkHref } from '@shared/safety/urlPolicy'
import { t } from '@shared/i18n/i18n'

/** The outcome of checking what a writer typed into the link field. */
export type LinkInputResult = { ok: true; href: string } | { ok: false; message: string }

const SCHEME = /^([a-z][a-z0-9+.-]*):/i
/** `localhost:3000/x` starts like a scheme but is a host with a port. */
const HOST_WITH_PORT = /^[^:/?#@]+:\d+(?:[/?#]|$)/
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/

const NOT_AN_ADDRESS = 'screens.editorNotes.notAnAddress'
const NOT_A_NUMBER = 'screens.editorNotes.notANumber'
const UNSUPPORTED = 'screens.editorNotes.unsupported'

type FailureKey =
  | typeof NOT_AN_ADDRESS
  | typeof NOT_A_NUMBER
  | typeof UNSUPPORTED
  | 'screens.editorNotes.typeAddress'
  | 'screens.editorNotes.noSpaces'
  | 'screens.editorNotes.noEmail'

const fail = (key: FailureKey): LinkInputResult => ({ ok: false, message: t(key) })

/**
 * Turns a typed address into a link target: keeps http(s), mailto and tel links and places on
 * the site (`/about`, `#section`) as typed, makes
 * `example.com` into `https://example.com` and `name@example.com` into a mailto link, and
 * explains in plain words why anything else is refused.
 */
export function normalizeLinkInput(raw: string): LinkInputResult {
  const input = raw.trim()
  if (input === '') return fail('screens.editorNotes.typeAddress')
  if (/[\s\p{Cc}]/u.test(input)) return fail('screens.editorNotes.noSpaces')

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
    return safeLinkHref(href) !== null ? { ok: true, href } : fail('screens.editorNotes.noEmail')
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
