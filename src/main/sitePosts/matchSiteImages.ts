import { createHash } from 'node:crypto'
import type { PublishAsset } from '../publish/PublishTarget'

/** Most images of one post looked at, and the largest one read. */
const MAX_IMAGES = 100
const MAX_IMAGE_BYTES = 50 * 1024 * 1024

/**
 * The article's images that are images its post already shows on the site: each of `assets`
 * (named by the hash of their bytes) whose bytes are those at one of `images`' addresses
 * (`src`, read against `site.base`).
 * That is how a post opened from its site gets back its own images after the person downloaded
 * them into the article: an Update then uploads none of them again and an unchanged text stays
 * the post's own. Only addresses on the hosts of `site.addresses` are read; an image that cannot
 * be read is simply not matched (it is uploaded, as any new image).
 */
export async function matchSiteImages<T extends { src: string }>(
  images: readonly T[],
  assets: readonly PublishAsset[],
  site: { base: string; addresses: readonly string[] },
  fetchImpl: typeof fetch,
): Promise<Map<string, T>> {
  const byHash = new Map(assets.map((asset) => [asset.name.replace(/\.[a-z0-9]+$/, ''), asset]))
  const found = new Map<string, T>()
  if (byHash.size === 0) return found
  const origins = new Set(site.addresses.map((address) => absolute(address, site.base)?.origin))
  const seen = new Set<string>()
  for (const image of images.slice(0, MAX_IMAGES)) {
    const url = absolute(image.src, site.base)
    if (!url || seen.has(url.href) || !origins.has(url.origin)) continue
    seen.add(url.href)
    try {
      const response = await fetchImpl(url.href, { signal: AbortSignal.timeout(30_000) })
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

function absolute(address: string, base: string): URL | null {
  try {
    return new URL(address, base)
  } catch {
    return null
  }
}
