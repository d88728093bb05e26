import { formatNumber } from '../format/localeFormat'
import { t } from '../i18n/i18n'
import type { DocMark, DocNode } from '../article/Article'
import { ASSET_SRC_PREFIX } from '../article/assetSrc'
import { isMarkName } from '../editor/documentMarks'
import { isNodeName } from '../editor/documentNodes'
import { MAX_DEPTH } from '../render/maxDepth'
import { safeImportedImageSrc, safeLinkHref } from '../safety/urlPolicy'

/** An imported document, cleaned, with what had to go, in plain words. */
export interface SanitizedDoc {
  doc: DocNode
  notes: string[]
}

/**
 * The import door for documents: keeps only the document's node and mark types, review
 * comment anchors only of `comments` (the comments that came with the file), links the URL
 * rule allows (others keep their text), and images that are http(s) or one of `assets` (the
 * images that came with the file); others are left out. Nesting deeper than the renderers
 * draw is cut. Pure: returns a new document.
 */
export function sanitizeImportedDoc(
  doc: DocNode,
  assets: ReadonlySet<string>,
  comments: ReadonlySet<string> = new Set(),
): SanitizedDoc {
  let droppedLinks = 0
  let droppedImages = 0
  let droppedNodes = 0

  const imageAllowed = (src: unknown): boolean =>
    typeof src === 'string' &&
    safeImportedImageSrc(src) !== null &&
    (!src.startsWith(ASSET_SRC_PREFIX) || assets.has(src))

  const marksOf = (node: DocNode): DocNode['marks'] => {
    const kept = (node.marks ?? []).flatMap((mark): DocMark[] => {
      if (!isMarkName(mark.type)) return []
      if (mark.type === 'comment') {
        // A comment anchor belongs to a comment that came with the file, or to nothing here.
        const id = mark.attrs?.commentId
        return typeof id === 'string' && comments.has(id)
          ? [{ type: 'comment', attrs: { commentId: id } }]
          : []
      }
      if (mark.type !== 'link') return [mark]
      const href = safeLinkHref(mark.attrs?.href)
      if (href === null) {
        droppedLinks += 1
        return []
      }
      return [{ ...mark, attrs: { ...mark.attrs, href } }]
    })
    return kept.length > 0 ? kept : undefined
  }

  const clean = (node: DocNode, depth: number): DocNode[] => {
    if (node.type === 'image' && !imageAllowed(node.attrs?.src)) {
      droppedImages += 1
      return []
    }
    const children = depth >= MAX_DEPTH ? [] : (node.content ?? [])
    const content = children.flatMap((child) => clean(child, depth + 1))
    if (!isNodeName(node.type)) {
      droppedNodes += 1
      return content
    }
    const marks = marksOf(node)
    return [
      {
        type: node.type,
        ...(node.attrs && { attrs: node.attrs }),
        ...(node.content && { content }),
        ...(marks && { marks }),
        ...(typeof node.text === 'string' && { text: node.text }),
      },
    ]
  }

  const [root] = clean(doc.type === 'doc' ? doc : { type: 'doc', content: [doc] }, 0)
  const notes: string[] = []
  if (droppedLinks > 0) notes.push(counted('importMain.unsafeLinksKept', droppedLinks))
  if (droppedImages > 0) {
    notes.push(counted('importMain.missingImagesLeftOut', droppedImages))
  }
  if (droppedNodes > 0) notes.push(counted('importMain.unknownElementsKept', droppedNodes))
  const content: DocNode[] = root?.content?.length ? root.content : [{ type: 'paragraph' }]
  return { doc: { type: 'doc', content }, notes }
}

type CountedNote =
  | 'importMain.unsafeLinksKept'
  | 'importMain.missingImagesLeftOut'
  | 'importMain.unknownElementsKept'

function counted(key: CountedNote, count: number): string {
  return t(key, { count, formatted: formatNumber(count) })
}
