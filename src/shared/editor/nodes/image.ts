import type { DocNode } from '../../article/Article'
import { type ElementSpec, elementHtml } from '../../render/html/ElementSpec'
import { escapeMarkdownText } from '../../render/markdown/escapeMarkdownText'
import { safeImportedImageSrc } from '../../safety/urlPolicy'
import { markdownTitle, markdownUrl } from '../../render/markdown/markdownUrl'
import { parseFigureHtml } from './parseFigureHtml'
import { tokenAttr } from '../../render/markdown/tokenAttr'
import { attrInt, attrString } from '../../render/nodeAttrs'
import type { NodeDefinition, MarkdownWriter } from '../NodeDefinition'
import { nodeJson } from '../nodeJson'
import * as build from '../../render/testing/docBuilders'

/** Largest width or height written for an image, in CSS pixels. */
const MAX_DIMENSION = 100_000

/** What a figure is written with; attributes of the wrong type count as missing. */
export interface FigureParts {
  src: string | null
  alt: string
  title: string | null
  width: number | null
  height: number | null
  caption: string
}

/** The parts of an image node's attributes, each checked for its type and range. */
export function figureParts(attrs: Readonly<Record<string, unknown>> | undefined): FigureParts {
  const node: DocNode = { type: 'image', attrs: { ...attrs } }
  return {
    src: attrString(node, 'src'),
    alt: attrString(node, 'alt') ?? '',
    title: attrString(node, 'title') || null,
    width: attrInt(node, 'width', 1, MAX_DIMENSION),
    height: attrInt(node, 'height', 1, MAX_DIMENSION),
    caption: attrString(node, 'caption') ?? '',
  }
}

/**
 * Where the editor's copy of a web image that is not downloaded yet keeps its address: never in
 * `src`, which the window would load, so that a paste still knows where the image lives.
 */
export const REMOTE_SRC_ATTRIBUTE = 'data-remote-src'

/**
 * An image as `<figure><img src alt title width height><figcaption>caption</figcaption></figure>`
 * (no figcaption when the caption is empty; `remoteSrc` only in the editor's copy). The one place figure markup is written: the
 * editor's copy, the HTML renderer and Markdown's raw HTML figures all use it.
 */
export function figureSpec(parts: FigureParts & { remoteSrc?: string | null }): ElementSpec {
  const { src, alt, title, width, height, caption, remoteSrc = null } = parts
  const img: ElementSpec = [
    'img',
    { src, alt, title, width, height, [REMOTE_SRC_ATTRIBUTE]: remoteSrc },
  ]
  return caption === '' ? ['figure', {}, img] : ['figure', {}, img, ['figcaption', {}, caption]]
}

/** The figure HTML of an image node, or '' when it has no usable URL. */
export function figureHtml(node: DocNode, imageUrl: (src: string) => string | null): string {
  const parts = figureParts(node.attrs)
  const url = parts.src === null ? null : imageUrl(parts.src)
  if (url === null) return ''
  return elementHtml(figureSpec({ ...parts, src: url, caption: parts.caption.trim() }))
}

/** `![alt](url "title")`, or '' when the image has no usable URL. */
function markdownImage(node: DocNode, md: MarkdownWriter): string {
  const { src, alt, title } = figureParts(node.attrs)
  const url = src === null ? null : md.imageUrl(src)
  if (url === null) return ''
  const escapedAlt = escapeMarkdownText(alt, { lineStart: false, heading: false })
  return `![${escapedAlt}](${markdownUrl(url)}${markdownTitle(title)})`
}

function imageMarkdown(node: DocNode, md: MarkdownWriter): string {
  const { alt: rawAlt, caption: rawCaption, width } = figureParts(node.attrs)
  const caption = rawCaption.trim()
  const alt = escapeMarkdownText(rawAlt, { lineStart: false, heading: false })
  // goldmark writes an alt text's escapes as typed, so an alt that needs any goes in HTML too.
  const needsHtml = caption !== '' || width !== null || alt !== rawAlt.replace(/[\r\n]+/g, ' ')
  if (needsHtml && md.rawHtml) {
    // A caption needs HTML. The newline reference keeps the block on one line (a blank line
    // would end it); `{{` and `{%` would run as a Hugo shortcode or Jekyll Liquid tag.
    return figureHtml(node, md.imageUrl)
      .replace(/\r?\n/g, '&#10;')
      .replace(/\{(?=[{%])/g, '&#123;')
  }
  const image = markdownImage(node, md)
  if (image === '' || caption === '') return image
  const text = escapeMarkdownText(caption, { lineStart: true, heading: false, runs: md.runs })
  return `${image}  \n*${text}*`
}

/**
 * A block image with alt text and a caption, stored as node `image` with attributes
 * `{ src, alt, title, caption, width, height }` and written as a `<figure>`. `src` keeps what
 * the document stores (`asset:<sha256>.<ext>`, https, or a pasted `data:` image until it is
 * imported); renderers map it to a URL and drop images they cannot show.
 */
export const image: NodeDefinition<'image'> = {
  name: 'image',
  schema: {
    group: 'block',
    inline: false,
    draggable: true,
    attrs: {
      src: { default: null },
      alt: { default: '' },
      title: { default: null },
      width: { default: null },
      height: { default: null },
      caption: { default: '' },
    },
  },
  attributeText: (attrs) => (typeof attrs.caption === 'string' ? attrs.caption : ''),
  toHtml: (node, html) => figureHtml(node, html.imageUrl),
  toMarkdown: imageMarkdown,
  toMarkdownCell: (node, md) => {
    const image = markdownImage(node, md)
    return image === '' ? [] : [image]
  },
  fromInlineMarkdown: {
    image: (token) => {
      const src = tokenAttr(token, 'src')
      const alt = (token.children ?? []).map((c) => c.content).join('')
      if (safeImportedImageSrc(src) === null) return alt
      const title = tokenAttr(token, 'title') || null
      return nodeJson(image, { src, alt, title })
    },
  },
  fromHtmlBlock: (html) => {
    const attrs = parseFigureHtml(html)
    return attrs && nodeJson(image, attrs)
  },
  example: {
    doc: build.doc(build.img('https://x.test/a.png', 'Alt', 'Cap')),
    html: '<figure><img src="https://x.test/a.png" alt="Alt"><figcaption>Cap</figcaption></figure>',
    markdown:
      '<figure><img src="https://x.test/a.png" alt="Alt"><figcaption>Cap</figcaption></figure>\n',
  },
}
