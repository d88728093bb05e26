import { t } from '@shared/i18n/i18n'
import { AppError } from '../errors/AppError'
import { FetchFailure, fetchResource } from '../preview/capture/fetchResource'

/** Largest web image taken into an article. */
export const MAX_REMOTE_IMAGE_BYTES = 15_000_000
/** How long one image may take to arrive. */
const TIMEOUT_MS = 15_000
/** Raster types only: an SVG from the web is a document that may carry script. */
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif'])

/** A downloaded web image: its bytes, its declared type, and a file name for the asset. */
export interface RemoteImage {
  bytes: Uint8Array
  mimeType: string
  fileName: string
}

/**
 * Downloads a web image once, for storing in the article's assets: http(s) only, through
 * `fetch` (the guarded fetch, so nothing on this computer or its network is reached, redirects
 * included), raster image types only, at most 15 MB, within 15 seconds. Throws an AppError
 * whose message says in plain words why an image could not be taken in.
 */
export async function downloadRemoteImage(
  address: string,
  fetch: typeof globalThis.fetch,
): Promise<RemoteImage> {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    throw new AppError('refused', t('startupMain.imageNotWeb'))
  }
  let resource
  try {
    resource = await fetchResource(url, {
      fetch,
      timeoutMs: TIMEOUT_MS,
      maxBytes: MAX_REMOTE_IMAGE_BYTES,
    })
  } catch (error) {
    const host = url.host
    throw new AppError(
      'refused',
      error instanceof FetchFailure
        ? t('startupMain.imageNotDownloaded', { host, reason: error.message })
        : t('startupMain.imageNotDownloadedUnknown', { host }),
    )
  }
  if (!IMAGE_TYPES.has(resource.contentType)) {
    throw new AppError('refused', t('startupMain.imageNotPicture', { host: url.host }))
  }
  const fileName = (url.pathname.split('/').pop() ?? '').slice(0, 200) || 'web-image'
  return { bytes: new Uint8Array(resource.body), mimeType: resource.contentType, fileName }
}
