import type { ArticleMetaPatch, DocNode } from '../article/Article'
import type { ParseOptions } from '../render/markdown/ParseOptions'
import { parseMarkdown } from '../render/markdown/parseMarkdown'
import { safeImportedImageSrc } from '../safety/urlPolicy'
import { metaFromFrontMatter } from './metaFromFrontMatter'
import { readFrontMatter } from './readFrontMatter'
import { titleFromFileName } from './titleFromFileName'

/** A leading `# Title` line, which becomes the title when the front matter names none. */
const LEADING_H1 = /^\s*#[ \t]+(.+?)[ \t#]*(?:\r?\n|$)/

/** A Markdown file as an article's details and document, before it enters the library. */
export interface ConvertedFile {
  meta: ArticleMetaPatch
  doc: DocNode
}

/**
 * Reads a Markdown file: its front matter gives the details (see metaFromFrontMatter), the body
 * goes through the shared Markdown parser (which turns hostile links and raw HTML into text).
 * Without a title in the front matter, a leading `# Heading` or the file name is the title.
 * `options.imageSrc` points the file's relative image paths at the images that came with it.
 */
export function articleFromMarkdown(
  fileName: string,
  text: string,
  options: ParseOptions = {},
): ConvertedFile {
  const source = text.replace(/^\uFEFF/, '')
  const front = readFrontMatter(source)
  const meta = front ? metaFromFrontMatter(front.data) : {}
  let body = front ? front.body : source
  if (!meta.title) {
    const heading = LEADING_H1.exec(body)
    if (heading) body = body.slice(heading[0].length)
    meta.title = heading?.[1]?.trim() || titleFromFileName(fileName)
  }
  const image = front?.data.image
  if (typeof image === 'string' && image !== '') {
    const src = options.imageSrc ? options.imageSrc(image) : image
    const alt = front?.data.image_alt
    if (safeImportedImageSrc(src) !== null) {
      meta.featuredImage = { src, alt: typeof alt === 'string' ? alt.slice(0, 1000) : '' }
    }
  }
  return { meta, doc: parseMarkdown(body, options) }
}
