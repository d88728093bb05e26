import type { DocNode } from '../../article/Article'
import { escapeHtml } from '../escapeHtml'
import { attrInt, attrString } from '../nodeAttrs'

/** Largest width or height written for an image, in CSS pixels. */
const MAX_DIMENSION = 100_000

/**
 * An image node as `<figure><img src alt><figcaption>caption</figcaption></figure>` (no
 * figcaption when the caption is empty), or '' when it has no usable URL. The Markdown
 * renderer writes the same block for captioned images.
 */
export function renderFigureHtml(node: DocNode, imageUrl: (src: string) => string | null): string {
  const src = attrString(node, 'src')
  const url = src === null ? null : imageUrl(src)
  if (url === null) return ''
  const alt = attrString(node, 'alt') ?? ''
  const title = attrString(node, 'title')
  const caption = attrString(node, 'caption')?.trim() ?? ''
  const width = attrInt(node, 'width', 1, MAX_DIMENSION)
  const height = attrInt(node, 'height', 1, MAX_DIMENSION)
  let img = `<img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}"`
  if (title) img += ` title="${escapeHtml(title)}"`
  if (width !== null) img += ` width="${width}"`
  if (height !== null) img += ` height="${height}"`
  img += '>'
  const figcaption = caption === '' ? '' : `<figcaption>${escapeHtml(caption)}</figcaption>`
  return `<figure>${img}${figcaption}</figure>`
}
