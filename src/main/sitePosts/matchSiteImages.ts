import { createHash } from 'node:crypto'
import type { PublishAsset } from '../publish/PublishTarget'

/** Most images of one post looked at, and the largest one read. */
const MAX_IMAGES = 100
const MAX_IMAGE_BYTES = 50 * 1024 * 1024

/**
 * The article's images that are images its post already shows on the site: each of `assets`
 * (named by the hash of their bytes) whose bytes are those at one of `images`' addresses.
 * That is how a post opened from its site gets back its own images after the person downloaded
 * them into the article: an Update then uploads none of them again and an unchanged text stays
 * the post's own. Only addresses on the site's `origins` are read; an image that cannot be read
 * is simply not matched (it is uploaded, as any new image).
 */
export async function matchSiteImages<T extends { href: string }>(
  images: readonly T[],
  assets: readonly PublishAsset[],
  origins: readonly string[],
  fetchImpl: typeof fetch,
): Promise<Map<string, T>> {
  const byHash = new Map(assets.map((asset) => [asset.name.replace(/\.[a-z0-9]+$/, ''), asset]))
  const found = new Map<string, T>()
  if (byHash.size === 0) return found
  const seen = new Set<string>()
  for (const image of images.slice(0, MAX_IMAGES)) {
    if (seen.has(image.href) || !origins.includes(originOf(image.href))) continue
    seen.add(image.href)
    try {
      const response = await fetchImpl(image.href, { signal: AbortSignal.timeout(30_000) })
      if (!response.ok) continue
      const bytes = new Uint8Array(await response.arrayBuffer())
      if (bytes.byteLength > MAX_IMAGE_BYTES) continue
      const asset = byHash.get(createHash('sha256').update(bytes).digest('hex'))
      if (asset && !found.has(asset.name)) found.set(asset.name, image)
    } catch {
      // Unreadable now: the image is treated as new.
    }
    if (found.size === byHash.size) break
  }
  return found
}

function originOf(href: string): string {
  try {
    return new URL(href).origin
  } catch {
    return ''
  }
}
