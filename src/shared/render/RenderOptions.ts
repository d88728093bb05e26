import { isWebUrl, safeRenderedImageUrl } from '../safety/urlPolicy'

/** How the renderers treat a document's images, and what Markdown may contain. */
export interface RenderOptions {
  /**
   * Maps what the document stores (`asset:<sha256>.<ext>`, https) to the URL to write; null
   * drops the image. Without it, http(s) images are kept and `asset:` images dropped. Whatever
   * it returns must still be http(s) or relative, else the image is dropped.
   */
  imageUrl?: (src: string) => string | null
  /**
   * Markdown only: whether the site renders raw HTML blocks (Jekyll does; Hugo only with
   * `markup.goldmark.renderer.unsafe`). Default true: captioned images are `<figure>` blocks.
   * When false they are written as an image with the caption in italics on the next line, so
   * a site that drops raw HTML still shows both (goldmark then keeps backslash escapes in the
   * alt attribute: alt texts with Markdown characters read slightly off to screen readers).
   */
  rawHtml?: boolean
  /**
   * Markdown only: whether the site's typographer reads text after escapes are gone (Astro's
   * remark-smartypants), so typed `--` and `...` are kept apart by empty HTML comments instead
   * of backslashes. Default false (Hugo and Jekyll respect backslashes).
   */
  smartypants?: boolean
}

/** The Markdown choices a site's generator makes for a publish target. */
export type MarkdownStyle = Pick<RenderOptions, 'rawHtml' | 'smartypants'>

/** Keeps remote images as they are; library assets need a mapper that knows where they live. */
function defaultImageUrl(src: string): string | null {
  return isWebUrl(src) ? src : null
}

/** The image mapper of `options`, with the safety check applied to what it returns. */
export function imageUrlResolver(options: RenderOptions): (src: string) => string | null {
  const map = options.imageUrl ?? defaultImageUrl
  return (src) => safeRenderedImageUrl(map(src))
}
