import type { Node } from '@tiptap/pm/model'

/** Where a comment's passage is: from its first marked character to the end of its last. */
export interface CommentRange {
  from: number
  to: number
}

/**
 * The passage of every comment anchored in `doc`, by comment id, in document order. A comment
 * missing from the result has lost all its marked text: it is detached.
 */
export function findCommentRanges(doc: Node): Map<string, CommentRange> {
  const ranges = new Map<string, CommentRange>()
  doc.descendants((node, pos) => {
    if (!node.isText) return true
    for (const mark of node.marks) {
      if (mark.type.name !== 'comment') continue
      const id: unknown = mark.attrs.commentId
      if (typeof id !== 'string') continue
      const end = pos + node.nodeSize
      const range = ranges.get(id)
      if (range) range.to = end
      else ranges.set(id, { from: pos, to: end })
    }
    return false
  })
  return ranges
}
