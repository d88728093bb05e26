import { AssetNameSchema } from '@shared/article/Article'
import { ASSET_SRC_PREFIX } from '@shared/article/assetSrc'

/** Raster formats only: an SVG data URL can carry script and is refused. */
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i
const REMOTE_IMAGE = /^https?:\/\/[^/?#\s]+/i

/**
 * Whether an image may be kept in the document: a library asset (`asset:<sha256>.<ext>`), a
 * remote http(s) image, or a raster `data:` image (pasted from Word; imported as an asset later).
 */
export function isAllowedImageSrc(src: string | null | undefined): boolean {
  if (!src) return false
  if (src.startsWith(ASSET_SRC_PREFIX)) {
    return AssetNameSchema.safeParse(src.slice(ASSET_SRC_PREFIX.length)).success
  }
  return REMOTE_IMAGE.test(src) || DATA_IMAGE.test(src)
}
