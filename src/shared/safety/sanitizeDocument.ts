import type { ArticleMeta, DocNode } from '../article/Article'
import type { RemovedUrls } from './RemovedUrls'
import { safeImageSrc, safeLinkHref } from './urlPolicy'

type Mark = NonNullable<DocNode['marks']>[number]

/** Nodes whose children are inline: an image taken out of them leaves text, not a paragraph. */
const INLINE_PARENTS = new Set(['paragraph', 'heading'])

/**
 * The document with every URL the URL rule refuses taken out: a link with an unsafe target
 * loses the link and keeps its words; an image with an unsafe source becomes its alt text and
 * caption, as visible text. Works on any node by attribute name (`href` is a link target, `src`
 * an image source), so a node added later is covered without being named here. Pure: the input
 * is not changed.
 */
export function sanitizeDocument(doc: DocNode): { doc: DocNode; removed: RemovedUrls } {
  const removed: RemovedUrls = { links: 0, images: 0 }
  const [clean] = cleanNode(doc, false, removed)
  return { doc: clean ?? { type: 'doc', content: [] }, removed }
}

function cleanNode(node: DocNode, inline: boolean, removed: RemovedUrls): DocNode[] {
  if (node.attrs && 'src' in node.attrs && safeImageSrc(node.attrs.src) === null) {
    removed.images++
    return replacementText(node, inline)
  }
  let out = node
  if (node.attrs && 'href' in node.attrs && safeLinkHref(node.attrs.href) === null) {
    removed.links++
    out = { ...out, attrs: { ...node.attrs, href: null } }
  }
  if (node.marks) {
    const marks = node.marks.filter((mark) => keepMark(mark, removed))
    if (marks.length !== node.marks.length) {
      const { marks: _old, ...rest } = out
      out = marks.length > 0 ? { ...rest, marks } : rest
    }
  }
  if (node.content) {
    const childInline = INLINE_PARENTS.has(node.type) || node.content.some((c) => c.type === 'text')
    const content = node.content.flatMap((child) => cleanNode(child, childInline, removed))
    if (content.length !== node.content.length || content.some((c, i) => c !== node.content?.[i]))
      out = { ...out, content }
  }
  return [out]
}

function keepMark(mark: Mark, removed: RemovedUrls): boolean {
  if (!mark.attrs || !('href' in mark.attrs)) return true
  if (safeLinkHref(mark.attrs.href) !== null) return true
  removed.links++
  return false
}

/** What a refused image leaves behind: its alt text and caption, so no words are lost. */
function replacementText(node: DocNode, inline: boolean): DocNode[] {
  const words = ['alt', 'caption']
    .map((name) => node.attrs?.[name])
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .join(' — ')
  if (words === '') return []
  const text: DocNode = { type: 'text', text: words }
  return inline ? [text] : [{ type: 'paragraph', content: [text] }]
}

/** The meta with a featured image the URL rule refuses taken out, noted in `removed`. */
export function sanitizeMeta<M extends Pick<ArticleMeta, 'featuredImage'>>(
  meta: M,
  removed: RemovedUrls,
): M {
  const image = meta.featuredImage
  if (!image || safeImageSrc(image.src) !== null) return meta
  removed.featuredImage = true
  return { ...meta, featuredImage: null }
}

/**
 * A stored article (article.json, or one arriving from a sync peer) with only allowed URLs:
 * the body and the featured image are cleaned, and what was taken out is counted.
 */
export function sanitizeArticleFile<F extends { meta: ArticleMeta; doc: DocNode }>(
  file: F,
): { file: F; removed: RemovedUrls } {
  const { doc, removed } = sanitizeDocument(file.doc)
  const meta = sanitizeMeta(file.meta, removed)
  if (doc === file.doc && meta === file.meta) return { file, removed }
  return { file: { ...file, doc, meta }, removed }
}
