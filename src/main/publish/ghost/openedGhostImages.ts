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
  const sources = htmlImages(live.html ?? '').map((image) => image.src)
  if (live.feature_image) sources.push(live.feature_image)
  const images = sources.flatMap((url) => {
    const href = absolute(url, live.url || adminUrl)
    return href ? [{ href, url }] : []
  })
  const origins = [live.url, adminUrl].flatMap((url) => {
    const href = absolute(url, adminUrl)
    return href ? [new URL(href).origin] : []
  })
  const found = await matchSiteImages(images, assets, origins, fetchImpl)
  return Object.fromEntries([...found].map(([name, image]) => [name, image.url]))
}

function absolute(url: string, base: string): string | null {
  try {
    return new URL(url, base).href
  } catch {
    return null
  }
}
