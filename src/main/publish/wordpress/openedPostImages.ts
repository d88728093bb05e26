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
    return id > 0 ? [{ src, id }] : []
  })
  const site = { base: siteUrl, addresses: [siteUrl] }
  const found = await matchSiteImages(media, assets, site, fetchImpl)
  return new Map([...found].map(([name, { id, src }]) => [name, { id, url: src }]))
}
