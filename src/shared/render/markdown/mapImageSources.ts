import type { Token } from 'markdown-it'
import { decodeHtmlText } from './decodeHtmlText'
import { escapeHtml } from '../escapeHtml'
import type { ImageSrcMapper } from './ParseOptions'

const FIGURE_SRC = /(<img\s[^>]*?\bsrc=")([^"<>]*)(")/i

/**
 * Rewrites the image sources of parsed Markdown tokens in place: `![alt](src)` images and the
 * `<img src>` of `<figure>` blocks. Runs before the node definitions read the tokens, so their
 * URL checks see the mapped source.
 */
export function mapImageSources(tokens: Token[], imageSrc: ImageSrcMapper): void {
  for (const token of tokens) {
    if (token.type === 'image') {
      const index = token.attrIndex('src')
      const attr = index >= 0 ? token.attrs?.[index] : undefined
      if (attr) attr[1] = imageSrc(String(attr[1]))
    } else if (token.type === 'html_block') {
      token.content = token.content.replace(
        FIGURE_SRC,
        (_, before: string, src: string, after: string) =>
          `${before}${escapeHtml(imageSrc(decodeHtmlText(src)))}${after}`,
      )
    }
    if (token.children) mapImageSources(token.children, imageSrc)
  }
}
