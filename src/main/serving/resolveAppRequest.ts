import { resolve, sep } from 'node:path'
import { ASSET_SECURITY_POLICY, CONTENT_SECURITY_POLICY } from './contentSecurityPolicy'
import { contentTypeFor } from './contentTypeFor'

/** What to answer for one request: a file with its headers, or an error status. */
export type AppResponse =
  | { kind: 'file'; filePath: string; headers: Record<string, string> }
  | { kind: 'error'; status: 400 | 404 | 405; headers: Record<string, string> }

export interface AppRequestSources {
  /** The built renderer (`out/renderer`). */
  rendererDir: string
  /** Absolute path of an existing library asset, or null; the library validates both parts. */
  assetFile(articleId: string, name: string): string | null
  /** Folder of a site's preview theme or of a built-in theme, or null when there is none. */
  themeDir(owner: ThemeOwner): string | null
}

/** Whose theme a `/themes/...` request is for. */
export type ThemeOwner = { siteId: string } | { builtin: string }

/** Path prefix under which built-in themes are served: `/themes/_builtin/<themeId>/...`. */
export const BUILTIN_THEME_PREFIX = '_builtin'

const COMMON_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' }
const MEDIA_ROUTE = /^\/media\/([^/]+)\/([^/]+)$/
const THEME_ROUTE = /^\/themes\/(.*)$/

/**
 * Maps a request path on the app's origin to a file: `/media/<articleId>/<name>` to a library
 * asset, `/themes/<siteId>/<path>` (or `/themes/_builtin/<themeId>/<path>`) to a file of a
 * preview theme, anything else to a file inside the renderer folder. Used by Electron's protocol handler
 * and the browser harness, so both serve exactly the same thing.
 *
 * Paths that are malformed, contain `..`, backslashes or NUL, or resolve outside the folder are
 * refused rather than normalised, so no spelling of a path can reach other files.
 */
export function resolveAppRequest(
  method: string,
  pathname: string,
  sources: AppRequestSources,
): AppResponse {
  if (method !== 'GET' && method !== 'HEAD') return error(405)
  const media = MEDIA_ROUTE.exec(pathname)
  if (media) {
    const articleId = decodeSegment(media[1] ?? '')
    const name = decodeSegment(media[2] ?? '')
    if (articleId === null || name === null) return error(400)
    const filePath = sources.assetFile(articleId, name)
    if (!filePath) return error(404)
    return {
      kind: 'file',
      filePath,
      headers: {
        ...COMMON_HEADERS,
        'Content-Type': contentTypeFor(filePath),
        'Content-Security-Policy': ASSET_SECURITY_POLICY,
      },
    }
  }

  const theme = THEME_ROUTE.exec(pathname)
  if (theme) return resolveThemeRequest(theme[1] ?? '', sources)

  const segments = safeSegments(pathname.slice(1))
  if (!segments) return error(400)
  const relative = segments.join('/') || 'index.html'
  const root = resolve(sources.rendererDir)
  const filePath = resolve(root, relative.endsWith('/') ? `${relative}index.html` : relative)
  if (!filePath.startsWith(root + sep)) return error(400)
  return {
    kind: 'file',
    filePath,
    headers: {
      ...COMMON_HEADERS,
      'Content-Type': contentTypeFor(filePath),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    },
  }
}

/** A theme file: served inert, like library assets, whatever its type. */
function resolveThemeRequest(rest: string, sources: AppRequestSources): AppResponse {
  const segments = safeSegments(rest)
  if (!segments || segments.some((s) => s === '')) return error(400)
  const builtin = segments[0] === BUILTIN_THEME_PREFIX
  const owner: ThemeOwner = builtin ? { builtin: segments[1] ?? '' } : { siteId: segments[0] ?? '' }
  const path = segments.slice(builtin ? 2 : 1)
  if (path.length === 0) return error(404)
  const dir = sources.themeDir(owner)
  if (!dir) return error(404)
  const root = resolve(dir)
  const filePath = resolve(root, ...path)
  if (!filePath.startsWith(root + sep)) return error(400)
  return {
    kind: 'file',
    filePath,
    headers: {
      ...COMMON_HEADERS,
      'Content-Type': contentTypeFor(filePath),
      'Content-Security-Policy': ASSET_SECURITY_POLICY,
    },
  }
}

/** The decoded segments of a path, or null when one is malformed or climbs (`.`, `..`). */
function safeSegments(path: string): string[] | null {
  const segments = path.split('/').map(decodeSegment)
  if (segments.some((s) => s === null || s === '..' || s === '.')) return null
  return segments as string[]
}

/** One decoded path segment, or null when it could smuggle a path: slashes, backslashes, NUL. */
function decodeSegment(segment: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(segment)
  } catch {
    return null
  }
  return /[/\\\0]/.test(decoded) ? null : decoded
}

function error(status: 400 | 404 | 405): AppResponse {
  return { kind: 'error', status, headers: { ...COMMON_HEADERS, 'Content-Type': 'text/plain' } }
}
