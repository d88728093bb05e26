/** What a downloaded file is used as; decides which content types are accepted. */
export type AssetKind = 'stylesheet' | 'font' | 'image'

const EXTENSIONS: Record<string, { ext: string; kind: AssetKind }> = {
  'text/css': { ext: 'css', kind: 'stylesheet' },
  'image/png': { ext: 'png', kind: 'image' },
  'image/jpeg': { ext: 'jpg', kind: 'image' },
  'image/jpg': { ext: 'jpg', kind: 'image' },
  'image/gif': { ext: 'gif', kind: 'image' },
  'image/webp': { ext: 'webp', kind: 'image' },
  'image/avif': { ext: 'avif', kind: 'image' },
  'image/svg+xml': { ext: 'svg', kind: 'image' },
  'image/x-icon': { ext: 'ico', kind: 'image' },
  'image/vnd.microsoft.icon': { ext: 'ico', kind: 'image' },
  'font/woff2': { ext: 'woff2', kind: 'font' },
  'font/woff': { ext: 'woff', kind: 'font' },
  'font/ttf': { ext: 'ttf', kind: 'font' },
  'font/otf': { ext: 'otf', kind: 'font' },
  'font/sfnt': { ext: 'ttf', kind: 'font' },
  'application/font-woff2': { ext: 'woff2', kind: 'font' },
  'application/font-woff': { ext: 'woff', kind: 'font' },
  'application/x-font-woff': { ext: 'woff', kind: 'font' },
  'application/x-font-ttf': { ext: 'ttf', kind: 'font' },
  'application/x-font-opentype': { ext: 'otf', kind: 'font' },
  'application/vnd.ms-fontobject': { ext: 'eot', kind: 'font' },
}

const BY_EXTENSION: Record<string, AssetKind> = {
  css: 'stylesheet',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  avif: 'image',
  svg: 'image',
  ico: 'image',
  woff2: 'font',
  woff: 'font',
  ttf: 'font',
  otf: 'font',
  eot: 'font',
}

/** Servers that send no useful type: the file name decides instead. */
const VAGUE_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'text/plain'])

/**
 * The file extension to store a download under, or null when its content type does not fit
 * the use (an HTML error page where an image was expected, a script posing as a stylesheet).
 */
export function assetExtension(
  contentType: string,
  url: URL,
  kinds: readonly AssetKind[],
): string | null {
  const known = EXTENSIONS[contentType]
  if (known) return kinds.includes(known.kind) ? known.ext : null
  if (!VAGUE_TYPES.has(contentType)) return null
  const match = /\.([a-z0-9]{2,5})$/i.exec(url.pathname)
  const ext = match?.[1]?.toLowerCase()
  const kind = ext ? BY_EXTENSION[ext] : undefined
  if (!ext || !kind || !kinds.includes(kind)) return null
  return ext === 'jpeg' ? 'jpg' : ext
}
