import type { DocMark, DocNode } from '../article/Article'
import { COMMENT_QUOTE_MAX } from '../article/Comment'
import { COMMENT_MARKER, isCommentStart, withoutCommentMarkers } from './commentMarkers'
import type { ImportedComment } from './ImportedComment'

/** An imported document with its comments anchored, and the comments with their quotes. */
export interface AnchoredComments {
  doc: DocNode
  comments: ImportedComment[]
}

function sameMarks(a: DocNode['marks'], b: DocNode['marks']): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? [])
}

/**
 * Turns the comment markers a converted file carries (see commentMarkers) into `comment` marks
 * on the words between them, in document order, across paragraphs, and fills each comment's
 * quote with those words. Markers of comments not in `comments` are dropped; a comment whose
 * words were not found keeps an empty quote, as a comment whose words were deleted. Pure.
 */
export function anchorImportedComments(
  doc: DocNode,
  comments: readonly ImportedComment[],
): AnchoredComments {
  const known = new Set(comments.map((c) => c.id))
  const open: string[] = []
  const quotes = new Map<string, string[]>()

  const commentMarks = (): DocMark[] =>
    open.map((commentId) => ({ type: 'comment', attrs: { commentId } }))

  const textNodes = (node: DocNode): DocNode[] => {
    const text = node.text ?? ''
    const out: DocNode[] = []
    const push = (piece: string): void => {
      const clean = withoutCommentMarkers(piece)
      if (clean === '') return
      for (const id of open) quotes.get(id)?.push(clean)
      const marks = [...(node.marks ?? []), ...commentMarks()]
      const last = out.at(-1)
      if (last && sameMarks(last.marks, marks)) last.text = `${last.text ?? ''}${clean}`
      else out.push({ ...node, text: clean, ...(marks.length > 0 ? { marks } : {}) })
    }
    let at = 0
    for (const match of text.matchAll(COMMENT_MARKER)) {
      push(text.slice(at, match.index))
      at = match.index + match[0].length
      const [, kind = '', id = ''] = match
      if (!known.has(id)) continue
      if (isCommentStart(kind)) {
        if (!open.includes(id)) open.push(id)
        quotes.set(id, quotes.get(id) ?? [])
      } else if (open.includes(id)) {
        open.splice(open.indexOf(id), 1)
      }
    }
    push(text.slice(at))
    return out
  }

  const visit = (node: DocNode): DocNode => {
    if (!node.content) return node
    const content: DocNode[] = []
    for (const child of node.content) {
      if (child.type !== 'text') {
        content.push(visit(child))
        continue
      }
      for (const piece of textNodes(child)) {
        const last = content.at(-1)
        if (last?.type === 'text' && sameMarks(last.marks, piece.marks)) {
          last.text = `${last.text ?? ''}${piece.text ?? ''}`
        } else content.push(piece)
      }
    }
    // Words of neighbouring blocks are apart in a quote.
    for (const id of open) quotes.get(id)?.push(' ')
    const next: DocNode = { ...node, content }
    if (content.length === 0) delete next.content
    return next
  }

  return {
    doc: visit(doc),
    comments: comments.map((comment) => ({
      ...comment,
      quote: (quotes.get(comment.id) ?? [])
        .join('')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, COMMENT_QUOTE_MAX),
    })),
  }
}
