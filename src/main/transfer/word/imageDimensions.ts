/** Pixel size of a PNG, JPEG or GIF from its header; null for anything else or a damaged one. */
export function imageDimensions(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const size = (width: number, height: number) =>
    width > 0 && height > 0 ? { width, height } : null
  if (bytes.length >= 24 && view.getUint32(0) === 0x89504e47) {
    return size(view.getUint32(16), view.getUint32(20))
  }
  if (bytes.length >= 10 && bytes[0] === 0x47 && bytes[1] === 0x49 && bytes[2] === 0x46) {
    return size(view.getUint16(6, true), view.getUint16(8, true))
  }
  if (bytes.length >= 4 && view.getUint16(0) === 0xffd8) {
    // Walk the segments to the first start-of-frame marker, which holds the size.
    let at = 2
    while (at + 9 < bytes.length) {
      if (bytes[at] !== 0xff) return null
      const marker = bytes[at + 1] as number
      const length = view.getUint16(at + 2)
      const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)
      if (isFrame) return size(view.getUint16(at + 7), view.getUint16(at + 5))
      at += 2 + length
    }
  }
  return null
}
