import { isHttpUrl, safeImageUrl } from './safeUrl'

/** How the renderers treat a document's images. */
export interface RenderOptions {
  /**
   * Maps what the document stores (`asset:<sha256>.<ext>`, https) to the URL to write; null
   * drops the image. Without it, http(s) images are kept and `asset:` images dropped. Whatever
   * it returns must still be http(s) or relative, else the image is dropped.
   */
  imageUrl?: (src: string) => string | null
}

/** Keeps remote images as they are; library assets need a mapper that knows where they live. */
function defaultImageUrl(src: string): string | null {
  return isHttpUrl(src) ? src : null
}

/** The image mapper of `options`, with the safety check applied to what it returns. */
export function imageUrlResolver(options: RenderOptions): (src: string) => string | null {
  const map = options.imageUrl ?? defaultImageUrl
  return (src) => safeImageUrl(map(src))
}
