/** An image type Copydesk stores, with the extension and MIME type that go with it. */
export interface ImageType {
  ext: 'png' | 'jpg' | 'gif' | 'webp' | 'avif'
  mime: string
}

const PNG: ImageType = { ext: 'png', mime: 'image/png' }
const JPEG: ImageType = { ext: 'jpg', mime: 'image/jpeg' }
const GIF: ImageType = { ext: 'gif', mime: 'image/gif' }
const WEBP: ImageType = { ext: 'webp', mime: 'image/webp' }
const AVIF: ImageType = { ext: 'avif', mime: 'image/avif' }

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length))
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b)
}

/** AVIF is an ISO-BMFF file whose `ftyp` box names the avif/avis brand. */
function isAvif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 4) !== 'ftyp') return false
  const boxSize = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0)
  const end = Math.min(boxSize, bytes.length)
  // Major brand at 8, then minor version, then compatible brands from 16.
  for (let offset = 8; offset + 4 <= end; offset += offset === 8 ? 8 : 4) {
    const brand = ascii(bytes, offset, 4)
    if (brand === 'avif' || brand === 'avis') return true
  }
  return false
}

const SVG_START =
  /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>/]/i

/** True when the bytes are an SVG document (text whose first element is `<svg>`). */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096))
  return SVG_START.test(head.replace(/^\uFEFF/, ''))
}

/**
 * The real type of an image from its first bytes (its "magic number"), whatever its file name
 * or claimed MIME type says. Null when it is none of the raster types Copydesk stores.
 */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG
  const head = ascii(bytes, 0, 6)
  if (head === 'GIF87a' || head === 'GIF89a') return GIF
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return WEBP
  if (isAvif(bytes)) return AVIF
  return null
}
