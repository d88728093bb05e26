import { htmlImages } from '../../sitePosts/htmlImages'
import { matchSiteImages } from '../../sitePosts/matchSiteImages'
import type { PublishAsset } from '../PublishTarget'
import type { UploadedMedia } from './wordpressRecord'

/**
 * The images of a post opened from the site that were downloaded into the article: each of
 * `assets` whose bytes are one of the post's own media images (`<img class="wp-image-N">` on the
 * site's host), mapped to the address and media id the post already uses. See matchSiteImages.
 */
export async function openedPostImages(
  liveBody: string,
  assets: readonly PublishAsset[],
  siteUrl: string,
  fetchImpl: typeof fetch,
): Promise<Map<string, UploadedMedia>> {
  const media = htmlImages(liveBody).flatMap(({ src, className }) => {
    const id = Number(/\bwp-image-(\d+)\b/.exec(className)?.[1] ?? 0)
    const href = resolved(src, siteUrl)
    return id > 0 && href ? [{ href, id, url: src }] : []
  })
  const found = await matchSiteImages(media, assets, [new URL(siteUrl).origin], fetchImpl)
  return new Map([...found].map(([name, { id, url }]) => [name, { id, url }]))
}

function resolved(src: string, base: string): string | null {
  try {
    return new URL(src, base).href
  } catch {
    return null
  }
}
