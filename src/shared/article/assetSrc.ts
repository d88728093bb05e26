/** Prefix the document uses for a library asset: `asset:<sha256>.<ext>`. */
export const ASSET_SRC_PREFIX = 'asset:'

/** Path (same origin as the renderer) that serves an article's asset. */
export function assetUrl(articleId: string, src: string): string {
  if (!src.startsWith(ASSET_SRC_PREFIX)) return src
  return `/media/${encodeURIComponent(articleId)}/${encodeURIComponent(src.slice(ASSET_SRC_PREFIX.length))}`
}
