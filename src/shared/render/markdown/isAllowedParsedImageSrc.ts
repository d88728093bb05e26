import { AssetNameSchema } from '../../article/Article'
import { ASSET_SRC_PREFIX } from '../../article/assetSrc'
import { isHttpUrl } from '../safeUrl'

/** Whether a parsed image may enter a document: a library asset or an http(s) image. */
export function isAllowedParsedImageSrc(src: string): boolean {
  if (src.startsWith(ASSET_SRC_PREFIX)) {
    return AssetNameSchema.safeParse(src.slice(ASSET_SRC_PREFIX.length)).success
  }
  return isHttpUrl(src)
}
