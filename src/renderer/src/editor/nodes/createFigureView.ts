import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { NodeView } from '@tiptap/pm/view'
import { isAllowedImageSrc } from '../images/isAllowedImageSrc'

/**
 * The editing view of an image: `<figure><img><figcaption>`, with the image loaded from
 * `resolveSrc(src)` (an `asset:` src becomes the `/media/…` URL) while the document keeps the
 * stored src; a src that is not an asset, a web address or a raster data image is not loaded.
 * Plain DOM rather than a React node view: images re-render only when their
 * attributes change, and never on keystrokes elsewhere.
 */
export function createFigureView(
  initial: ProseMirrorNode,
  resolveSrc: (src: string) => string,
): NodeView {
  const dom = document.createElement('figure')
  dom.className = 'cd-figure'
  const img = document.createElement('img')
  img.draggable = false
  const caption = document.createElement('figcaption')
  caption.className = 'cd-figure__caption'
  dom.append(img, caption)

  let current: ProseMirrorNode | null = null
  const render = (node: ProseMirrorNode) => {
    const src = typeof node.attrs.src === 'string' ? node.attrs.src : ''
    // A src the editor would not accept from a paste (script URLs, SVG data) is never loaded:
    // documents can arrive from imports and older files, not only through the editor.
    const allowed = isAllowedImageSrc(src)
    const resolved = allowed ? resolveSrc(src) : null
    if (resolved === null) img.removeAttribute('src')
    else if (img.getAttribute('src') !== resolved) img.setAttribute('src', resolved)
    dom.classList.toggle('cd-figure--blocked', !allowed)
    img.alt = typeof node.attrs.alt === 'string' ? node.attrs.alt : ''
    const title = typeof node.attrs.title === 'string' ? node.attrs.title : ''
    if (title) img.title = title
    else img.removeAttribute('title')
    const text = typeof node.attrs.caption === 'string' ? node.attrs.caption : ''
    caption.textContent = text
    caption.hidden = text === ''
    dom.classList.toggle('cd-figure--no-alt', img.alt === '')
    current = node
  }
  render(initial)

  return {
    dom,
    update(node) {
      if (node.type !== initial.type) return false
      if (node !== current) render(node)
      return true
    },
  }
}
