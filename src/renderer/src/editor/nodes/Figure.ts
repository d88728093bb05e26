import { mergeAttributes } from '@tiptap/core'
import Image, { type ImageOptions } from '@tiptap/extension-image'
import { safeImageSrc } from '@shared/safety/urlPolicy'
import { createFigureView } from './createFigureView'

/** Options of {@link Figure}. */
export interface FigureOptions extends ImageOptions {
  /** Maps a stored src to a URL the page can load (`asset:x` → `/media/<article>/x`). */
  resolveSrc: (src: string) => string
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
 * A block image with alt text and a caption, stored as node `image` with attributes
 * `{ src, alt, title, caption, width, height }` and written as
 * `<figure><img><figcaption>caption</figcaption></figure>`. `src` keeps what the document
 * stores (`asset:<sha256>.<ext>`, https, or a pasted `data:` image until it is imported).
 */
export const Figure = Image.extend<FigureOptions>({
  addOptions() {
    return {
      inline: false,
      allowBase64: true,
      HTMLAttributes: {},
      resize: false,
      resolveSrc: (src: string) => src,
    }
  },

  addAttributes() {
    return {
      ...this.parent?.(),
      src: { default: null, parseHTML: (element) => imageIn(element)?.getAttribute('src') ?? null },
      alt: { default: '', parseHTML: (element) => imageIn(element)?.getAttribute('alt') ?? '' },
      title: {
        default: null,
        parseHTML: (element) => imageIn(element)?.getAttribute('title') ?? null,
      },
      caption: {
        default: '',
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

  renderHTML({ node, HTMLAttributes }) {
    // Copied HTML never carries a src the editor would refuse (script URLs, SVG data).
    const src: unknown = node.attrs.src
    const safe = safeImageSrc(src) !== null ? {} : { src: null }
    const img = ['img', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, safe)] as const
    const caption = typeof node.attrs.caption === 'string' ? node.attrs.caption : ''
    return caption === '' ? ['figure', {}, img] : ['figure', {}, img, ['figcaption', {}, caption]]
  },

  // Image's `![alt](src)` rule would store whatever src was typed, unchecked.
  addInputRules() {
    return []
  },

  addNodeView() {
    const { resolveSrc } = this.options
    return ({ node }) => createFigureView(node, resolveSrc)
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
