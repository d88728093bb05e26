import type { Editor, EditorEvents } from '@tiptap/core'
import { useEffect, useState } from 'react'
import { findCommentRanges, type CommentRange } from '../editor/comments/findCommentRanges'
import { COMMENT_ANCHORS_CHANGED } from '../editor/extensions/CommentMark'

/** Quiet time after an edit before passages are looked up again. */
const SETTLE_MS = 150

const NONE: ReadonlyMap<string, CommentRange> = new Map()

function sameRanges(
  a: ReadonlyMap<string, CommentRange>,
  b: ReadonlyMap<string, CommentRange>,
): boolean {
  if (a.size !== b.size) return false
  for (const [id, range] of a) {
    const other = b.get(id)
    if (!other || other.from !== range.from || other.to !== range.to) return false
  }
  return true
}

function commentIdsAt(editor: Editor): string[] {
  const { $from, empty } = editor.state.selection
  const nodes = empty ? [$from.nodeBefore, $from.nodeAfter] : [$from.nodeAfter]
  const ids = new Set<string>()
  for (const node of nodes) {
    for (const mark of node?.marks ?? []) {
      if (mark.type.name === 'comment' && typeof mark.attrs.commentId === 'string') {
        ids.add(mark.attrs.commentId)
      }
    }
  }
  return [...ids]
}

/**
 * Where each comment's passage is in the editor, refreshed shortly after edits settle (so
 * typing never waits for it), and the comments under the caret, refreshed as it moves.
 */
export function useCommentAnchors(editor: Editor | null): {
  ranges: ReadonlyMap<string, CommentRange>
  atCaret: readonly string[]
} {
  const [ranges, setRanges] = useState(NONE)
  const [atCaret, setAtCaret] = useState<readonly string[]>([])

  useEffect(() => {
    if (!editor) return
    let timer: ReturnType<typeof setTimeout> | null = null
    const measure = () => {
      timer = null
      if (editor.isDestroyed) return
      const next = findCommentRanges(editor.state.doc)
      // Unchanged passages keep their map, so the panel does not re-render while typing elsewhere.
      setRanges((current) => (sameRanges(current, next) ? current : next))
    }
    const onUpdate = ({ transaction }: EditorEvents['update']) => {
      // Adding or removing a comment shows at once; edits wait until typing pauses.
      if (transaction.getMeta(COMMENT_ANCHORS_CHANGED)) {
        if (timer !== null) clearTimeout(timer)
        measure()
      } else if (timer === null) {
        timer = setTimeout(measure, SETTLE_MS)
      }
    }
    const onSelection = () => {
      const ids = commentIdsAt(editor)
      setAtCaret((current) =>
        current.length === ids.length && current.every((id, i) => id === ids[i]) ? current : ids,
      )
    }
    measure()
    editor.on('update', onUpdate)
    editor.on('selectionUpdate', onSelection)
    return () => {
      if (timer !== null) clearTimeout(timer)
      editor.off('update', onUpdate)
      editor.off('selectionUpdate', onSelection)
    }
  }, [editor])

  return { ranges, atCaret }
}
