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
}

const COMMON_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' }
const MEDIA_ROUTE = /^\/media\/([^/]+)\/([^/]+)$/

/**
 * Maps a request path on the app's origin to a file: `/media/<articleId>/<name>` to a library
 * asset, anything else to a file inside the renderer folder. Used by Electron's protocol handler
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

  const segments = pathname.split('/').slice(1).map(decodeSegment)
  if (segments.some((s) => s === null || s === '..' || s === '.')) return error(400)
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
