import { AssetNameSchema } from '../article/Article'
import { ASSET_SRC_PREFIX } from '../article/assetSrc'

/**
 * The one rule for URLs in Copydesk, built on the WHATWG URL parser (the one browsers use), so
 * what is checked here is what a browser would follow. One function per use: a link's target,
 * an image a document stores, an image a renderer writes out, and an address handed to the
 * operating system. Each returns the value it accepted, or null.
 */

/** Longest URL any field may hold; longer ones are refused rather than parsed. */
const MAX_URL_LENGTH = 4096
/** Largest `data:` image a document may carry inline (characters of the URL, about 6 MB). */
export const MAX_DATA_IMAGE_LENGTH = 8 * 1024 * 1024
/** Base for resolving relative URLs; a relative URL that leaves it is not relative. */
const RELATIVE_BASE = 'https://relative.invalid/dir/'
const RELATIVE_HOST = 'relative.invalid'
/** Whitespace, control and format characters are how `java\tscript:` slips past checks. */
const UNSAFE_CHARACTERS = /[\s\p{Cc}\p{Cf}]/u
/** Raster image types a `data:` image may have; SVG can carry script and is refused. */
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/]+={0,2}$/i
const EMAIL = /^[^@\s]+@[^@\s]+$/
const PHONE = /^\+?[0-9().-]{3,32}$/

/** What kind of image source a document holds. */
export type ImageSourceKind = 'asset' | 'data' | 'remote'

/** Parses an absolute URL; null when the string is not one. */
function parseAbsolute(raw: string): URL | null {
  try {
    return new URL(raw)
  } catch {
    return null
  }
}

/** A string worth parsing at all: not empty, not too long, no hidden characters. */
function plainString(raw: unknown, maxLength = MAX_URL_LENGTH): raw is string {
  return (
    typeof raw === 'string' && raw !== '' && raw.length <= maxLength && !UNSAFE_CHARACTERS.test(raw)
  )
}

/** The written form of a web address: the scheme and two slashes (`https:evil` is refused). */
const WEB_PREFIX = /^https?:\/\/[^/\\]/i

/**
 * http(s) with a host and no credentials (`https://bank.example@evil.example` misleads),
 * written as such.
 */
function isWebAddress(url: URL, raw: string): boolean {
  const web = url.protocol === 'http:' || url.protocol === 'https:'
  return (
    web && WEB_PREFIX.test(raw) && url.hostname !== '' && url.username === '' && url.password === ''
  )
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return ''
  }
}

/**
 * Whether `raw` is a URL without a scheme that stays where it is: `/path`, `path`, `./path`,
 * `#anchor`, `?query`. Before the first `/`, `?` or `#` there may be no `:` and no `&` (an
 * entity such as `&#106;avascript:`, which Markdown and HTML would decode into a scheme), and
 * resolving it may not change the host (`//evil.example`, `\\host\share`).
 */
function isRelative(raw: string): boolean {
  const firstSegment = /^[^/?#\\]*/.exec(raw)?.[0] ?? ''
  if (firstSegment.includes(':') || firstSegment.includes('&')) return false
  if (/^[/\\]{2}/.test(raw) || /^\/\\/.test(raw)) return false
  try {
    const url = new URL(raw, RELATIVE_BASE)
    return url.protocol === 'https:' && url.host === RELATIVE_HOST && url.username === ''
  } catch {
    return false
  }
}

/**
 * The target a link may carry, or null: http(s) with a host, `mailto:` with an address, `tel:`
 * with a number, or a relative URL or in-page anchor. Refused as a whole, never repaired:
 * `javascript:`, `data:`, `vbscript:`, `file:`, UNC paths, any other scheme, credentials, and
 * anything with whitespace or control characters.
 */
export function safeLinkHref(raw: unknown): string | null {
  if (!plainString(raw)) return null
  const url = parseAbsolute(raw)
  if (url === null) return isRelative(raw) ? raw : null
  if (isWebAddress(url, raw)) return raw
  if (url.protocol === 'mailto:') return EMAIL.test(decoded(url.pathname)) ? raw : null
  if (url.protocol === 'tel:') return PHONE.test(decoded(url.pathname)) ? raw : null
  return null
}

/**
 * What kind of image source a document may hold, or null when it may hold none of it: a
 * library asset (`asset:<sha256>.<ext>`), a raster `data:` image within the size limit, or a
 * remote http(s) image (kept only until it is downloaded into the article's assets, and never
 * loaded by the window on its own).
 */
export function imageSourceKind(raw: unknown): ImageSourceKind | null {
  if (typeof raw !== 'string') return null
  if (raw.startsWith(ASSET_SRC_PREFIX)) {
    return AssetNameSchema.safeParse(raw.slice(ASSET_SRC_PREFIX.length)).success ? 'asset' : null
  }
  if (/^data:/i.test(raw)) {
    return raw.length <= MAX_DATA_IMAGE_LENGTH && DATA_IMAGE.test(raw) ? 'data' : null
  }
  if (!plainString(raw)) return null
  const url = parseAbsolute(raw)
  return url !== null && isWebAddress(url, raw) ? 'remote' : null
}

/**
 * The image source a Markdown or HTML import may bring in: a library asset or a web image.
 * Inline `data:` images arrive through paste and drop, which save them as assets right away.
 */
export function safeImportedImageSrc(raw: unknown): string | null {
  const kind = imageSourceKind(raw)
  return kind === 'asset' || kind === 'remote' ? (raw as string) : null
}

/** The image source a document may store, or null (see {@link imageSourceKind}). */
export function safeImageSrc(raw: unknown): string | null {
  return imageSourceKind(raw) === null ? null : (raw as string)
}

/**
 * The image source the window may load without anyone asking: a library asset or an inline
 * raster image. A remote image shows a placeholder until it is downloaded.
 */
export function loadableImageSrc(raw: unknown): string | null {
  const kind = imageSourceKind(raw)
  return kind === 'asset' || kind === 'data' ? (raw as string) : null
}

/**
 * The URL a rendered page (preview, published HTML or Markdown) may name for an image, or
 * null: http(s) with a host, or a relative path (not a bare `#anchor` or `?query`).
 */
export function safeRenderedImageUrl(raw: unknown): string | null {
  if (!plainString(raw) || raw.startsWith('#') || raw.startsWith('?')) return null
  const url = parseAbsolute(raw)
  if (url === null) return isRelative(raw) ? raw : null
  return isWebAddress(url, raw) ? raw : null
}

/** Whether `raw` is an absolute http(s) URL with a host (and no credentials). */
export function isWebUrl(raw: unknown): raw is string {
  if (!plainString(raw)) return false
  const url = parseAbsolute(raw)
  return url !== null && isWebAddress(url, raw)
}

/**
 * The URL that may be handed to the operating system (browser or mail client), or null:
 * absolute http(s) with a host, or `mailto:` with an address. `file:`, `javascript:`, custom
 * schemes that launch other programs (`ms-msdt:`, `search-ms:`) and credentials are refused.
 */
export function safeExternalUrl(raw: unknown): string | null {
  if (!plainString(raw)) return null
  const url = parseAbsolute(raw)
  if (url === null) return null
  if (isWebAddress(url, raw)) return raw
  if (url.protocol === 'mailto:') return EMAIL.test(decoded(url.pathname)) ? raw : null
  return null
}
