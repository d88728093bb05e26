/** One `<img>` of a post's HTML: its address as written, and its classes. */
export interface HtmlImage {
  src: string
  className: string
}

const IMG = /<img\b[^>]*>/gi

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1]

/** The images a site's HTML shows, in order, with `&amp;` in their address decoded. */
export function htmlImages(html: string): HtmlImage[] {
  return [...html.matchAll(IMG)].flatMap(([tag]) => {
    const src = attribute(tag, 'src')?.replace(/&amp;/g, '&')
    return src ? [{ src, className: attribute(tag, 'class') ?? '' }] : []
  })
}
