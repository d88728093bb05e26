import { htmlImages } from '../../sitePosts/htmlImages'
import { matchSiteImages } from '../../sitePosts/matchSiteImages'
import type { PublishAsset } from '../PublishTarget'
import type { GhostPost } from './GhostClient'

/**
 * The images of a post opened from Ghost that were downloaded into the article: asset name →
 * the address the post already uses for those bytes (in its body or as its feature image), on
 * the site or its admin host. See matchSiteImages.
 */
export async function openedGhostImages(
  live: GhostPost,
  assets: readonly PublishAsset[],
  adminUrl: string,
  fetchImpl: typeof fetch,
): Promise<Record<string, string>> {
  const images = htmlImages(live.html ?? '')
  if (live.feature_image) images.push({ src: live.feature_image, className: '' })
  const site = { base: live.url || adminUrl, addresses: [live.url, adminUrl] }
  const found = await matchSiteImages(images, assets, site, fetchImpl)
  return Object.fromEntries([...found].map(([name, image]) => [name, image.src]))
}
