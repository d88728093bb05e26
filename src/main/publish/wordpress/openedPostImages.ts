import { createHash } from 'node:crypto'
import type { PublishAsset } from '../PublishTarget'
import type { UploadedMedia } from './wordpressRecord'

/** Most images of one post looked at, and the largest one read. */
const MAX_IMAGES = 100
const MAX_IMAGE_BYTES = 50 * 1024 * 1024

const IMG = /<img\b[^>]*>/gi
const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1]

/**
 * The images of a post opened from the site that were downloaded into the article: each of
 * `assets` whose bytes are one of the post's own media images (`<img class="wp-image-N">` on the
 * site's host). They map to the address and media id the post already uses, so an Update
 * uploads none of them again and an unchanged text stays the post's own. Images that cannot be
 * read are simply not matched (they are uploaded, as any new image).
 */
export async function openedPostImages(
  liveBody: string,
  assets: readonly PublishAsset[],
  siteUrl: string,
  fetchImpl: typeof fetch,
): Promise<Map<string, UploadedMedia>> {
  const byHash = new Map(assets.map((asset) => [asset.name.replace(/\.[a-z0-9]+$/, ''), asset]))
  const found = new Map<string, UploadedMedia>()
  if (byHash.size === 0) return found
  const origin = new URL(siteUrl).origin
  const seen = new Set<string>()
  for (const [tag] of [...liveBody.matchAll(IMG)].slice(0, MAX_IMAGES)) {
    const src = attribute(tag, 'src')?.replace(/&amp;/g, '&')
    const id = Number(/\bwp-image-(\d+)\b/.exec(attribute(tag, 'class') ?? '')?.[1] ?? 0)
    if (!src || id <= 0 || seen.has(src)) continue
    seen.add(src)
    let url: URL
    try {
      url = new URL(src, siteUrl)
    } catch {
      continue
    }
    if (url.origin !== origin) continue
    try {
      const response = await fetchImpl(url.href, { signal: AbortSignal.timeout(30_000) })
      if (!response.ok) continue
      const bytes = new Uint8Array(await response.arrayBuffer())
      if (bytes.byteLength > MAX_IMAGE_BYTES) continue
      const asset = byHash.get(createHash('sha256').update(bytes).digest('hex'))
      if (asset) found.set(asset.name, { id, url: src })
    } catch {
      // Unreadable now: the image is treated as new.
    }
    if (found.size === byHash.size) break
  }
  return found
}
