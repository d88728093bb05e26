import Image, { type ImageOptions } from '@tiptap/extension-image'
import { figureParts, figureSpec } from '@shared/editor/nodes/image'
import { imageSourceKind, loadableImageSrc, safeImageSrc } from '@shared/safety/urlPolicy'
import type { WebImageDownloads } from '../images/WebImageDownloads'
import { createFigureView } from './createFigureView'

/** Options of {@link Figure}. */
export interface FigureOptions extends ImageOptions {
  /** Maps a stored src to a URL the page can load (`asset:x` → `/media/<article>/x`). */
  resolveSrc: (src: string) => string
  /** Offers each web image's download on its placeholder; null offers none. */
  webImages: WebImageDownloads | null
}

/** What a new image starts with. */
export interface FigureAttributes {
  src: string
  alt?: string
  title?: string | null
  caption?: string
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts an image at `position`, or at the selection. */
      insertFigure: (attributes: FigureAttributes, position?: number) => ReturnType
    }
  }
}

function imageIn(element: HTMLElement): HTMLElement | null {
  return element.tagName === 'IMG' ? element : element.querySelector('img')
}

/**
 * Editing of the document's `image` node (defined in `@shared/editor/nodes/image`): reading
 * pasted `<figure>` and `<img>` HTML, the figure view with its caption, and `insertFigure`.
 * Its schema and its HTML output are the shared definition's.
 */
export const Figure = Image.extend<FigureOptions>({
  addOptions() {
    return {
      inline: false,
      allowBase64: true,
      HTMLAttributes: {},
      resize: false,
      resolveSrc: (src: string) => src,
      webImages: null,
    }
  },

  addAttributes() {
    // How each attribute is read from pasted HTML; names and defaults are the shared schema's.
    return {
      ...this.parent?.(),
      src: { parseHTML: (element) => imageIn(element)?.getAttribute('src') ?? null },
      alt: { parseHTML: (element) => imageIn(element)?.getAttribute('alt') ?? '' },
      title: { parseHTML: (element) => imageIn(element)?.getAttribute('title') ?? null },
      caption: {
        rendered: false,
        parseHTML: (element) =>
          element.tagName === 'FIGURE'
            ? (element.querySelector('figcaption')?.textContent ?? '').trim()
            : '',
      },
    }
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        getAttrs: (element) => {
          const img = imageIn(element)
          return img && safeImageSrc(img.getAttribute('src')) !== null ? null : false
        },
      },
      {
        tag: 'img[src]',
        getAttrs: (element) => (safeImageSrc(element.getAttribute('src')) !== null ? null : false),
      },
    ]
  },

  renderHTML({ node }) {
    // The figure markup is the shared renderers'; copied HTML never carries a src the editor
    // would refuse (script URLs, SVG data).
    const parts = figureParts(node.attrs)
    // Only what the window may load by itself: a web image waiting to be downloaded would be
    // requested as soon as this markup is built, attached to the page or not. Its address
    // travels in an attribute nothing loads, so a copy pasted back can still be downloaded.
    const remoteSrc = imageSourceKind(parts.src) === 'remote' ? parts.src : null
    return figureSpec({ ...parts, src: loadableImageSrc(parts.src), remoteSrc })
  },

  // Image's `![alt](src)` rule would store whatever src was typed, unchecked.
  addInputRules() {
    return []
  },

  addNodeView() {
    const { resolveSrc, webImages } = this.options
    return ({ node, editor }) =>
      createFigureView(node, resolveSrc, webImages ? { editor, webImages } : null)
  },

  addCommands() {
    return {
      ...this.parent?.(),
      insertFigure:
        (attributes, position) =>
        ({ commands }) => {
          const content = {
            type: this.name,
            attrs: { alt: '', caption: '', title: null, ...attributes },
          }
          return position === undefined
            ? commands.insertContent(content)
            : commands.insertContentAt(position, content)
        },
    }
  },
})
