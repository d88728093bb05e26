import type { PublishAsset } from '../PublishTarget'
import type { WordPressClient } from './WordPressClient'
import type { UploadedMedia } from './wordpressRecord'

interface MediaItem {
  id: number
  slug: string
  source_url: string
}

const PAGE = 100
/** Uploads in parallel: enough to hide latency, few enough not to swamp a small host. */
const UPLOADS_AT_ONCE = 3

/** The media library slug of an asset: stable, so a lost record still finds the upload. */
export function mediaSlug(assetName: string): string {
  return `copydesk-${assetName.replace(/\.[a-z0-9]+$/, '')}`
}

/** Looks up, on the site, which of these assets are already in its media library. */
export async function findUploadedMedia(
  client: WordPressClient,
  assets: PublishAsset[],
): Promise<Map<string, UploadedMedia>> {
  const found = new Map<string, UploadedMedia>()
  for (let i = 0; i < assets.length; i += PAGE) {
    const batch = assets.slice(i, i + PAGE)
    const { data } = await client.get<MediaItem[]>('/wp/v2/media', {
      action: 'readMediaLibrary',
      query: {
        slug: batch.map((asset) => mediaSlug(asset.name)).join(','),
        per_page: PAGE,
        _fields: 'id,slug,source_url',
      },
    })
    for (const asset of batch) {
      const item = data.find((media) => media.slug === mediaSlug(asset.name))
      if (item) found.set(asset.name, { id: item.id, url: item.source_url })
    }
  }
  // WordPress may have given an upload another slug (a suffix when it thinks the slug is
  // taken); its file name still carries the content hash, so look for that before uploading.
  for (const asset of assets) {
    if (found.has(asset.name)) continue
    const hash = asset.name.replace(/\.[a-z0-9]+$/, '')
    const { data } = await client.get<MediaItem[]>('/wp/v2/media', {
      action: 'readMediaLibrary',
      query: { search: hash, per_page: PAGE, _fields: 'id,slug,source_url' },
    })
    const item = data.find(
      (media) => media.slug.startsWith(mediaSlug(asset.name)) || media.source_url.includes(hash),
    )
    if (item) found.set(asset.name, { id: item.id, url: item.source_url })
  }
  return found
}

/** Uploads one image to the media library under its content-hash slug. */
export async function uploadMedia(
  client: WordPressClient,
  asset: PublishAsset,
): Promise<UploadedMedia> {
  const bytes = await asset.read()
  const { data } = await client.post<MediaItem>('/wp/v2/media', {
    action: 'uploadImages',
    query: { slug: mediaSlug(asset.name), alt_text: asset.alt || undefined },
    body: bytes,
    headers: {
      'Content-Type': asset.mimeType,
      'Content-Disposition': `attachment; filename="${asset.name}"`,
    },
  })
  return { id: data.id, url: data.source_url }
}

/**
 * Makes sure every asset is in the site's media library, each once: known from the record,
 * else found by its slug, else uploaded. Returns the media by asset name and how many were
 * uploaded.
 */
export async function syncMedia(
  client: WordPressClient,
  assets: PublishAsset[],
  known: Record<string, UploadedMedia>,
  onUpload: (done: number, total: number) => void,
): Promise<{ media: Record<string, UploadedMedia>; uploaded: number }> {
  const media: Record<string, UploadedMedia> = {}
  const unknown: PublishAsset[] = []
  for (const asset of assets) {
    const entry = known[asset.name]
    if (entry) media[asset.name] = entry
    else unknown.push(asset)
  }
  if (unknown.length === 0) return { media, uploaded: 0 }
  const found = await findUploadedMedia(client, unknown)
  const missing = unknown.filter((asset) => {
    const entry = found.get(asset.name)
    if (entry) media[asset.name] = entry
    return !entry
  })
  let next = 0
  let failed = false
  /** Uploads the next missing assets until none are left (or `limit` are done). */
  const worker = async (limit = Infinity) => {
    for (let done = 0; done < limit && !failed && next < missing.length; done++) {
      const index = next++
      const asset = missing[index] as PublishAsset
      onUpload(index, missing.length)
      try {
        media[asset.name] = await uploadMedia(client, asset)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  // The first upload goes alone: WordPress creates the month's uploads folder on the first
  // upload of a month, and two uploads racing to create it fail one with "Unable to create
  // directory" (a 500). Once it exists, the rest can go in parallel.
  const first = await Promise.allSettled([worker(1)])
  const rest = Array.from({ length: Math.min(UPLOADS_AT_ONCE, missing.length - next) }, () =>
    worker(),
  )
  // Every upload in flight settles before a failure is reported, so a retry never races one.
  const results = [...first, ...(await Promise.allSettled(rest))]
  const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
  if (rejected) throw rejected.reason
  return { media, uploaded: missing.length }
}
