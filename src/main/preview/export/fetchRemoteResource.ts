import type { Resource } from './ResourceInliner'

/** Largest remote file a review copy takes in. */
const MAX_BYTES = 25 * 1024 * 1024

/**
 * Downloads a remote image (an article may reference https images) for a review copy; null on
 * any failure, so an offline export still completes without it.
 */
export async function fetchRemoteResource(
  url: URL,
  fetchFn: typeof fetch,
  timeoutMs = 10_000,
): Promise<Resource | null> {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  try {
    const response = await fetchFn(url, { signal: AbortSignal.timeout(timeoutMs) })
    if (!response.ok) return null
    const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? ''
    if (!/^(image|font)\//.test(type)) return null
    const bytes = new Uint8Array(await response.arrayBuffer())
    return bytes.byteLength <= MAX_BYTES ? { bytes, type } : null
  } catch {
    return null
  }
}
