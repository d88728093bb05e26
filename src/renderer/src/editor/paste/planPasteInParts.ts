import { Fragment, Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { EditorState, Transaction } from '@tiptap/pm/state'

/** A paste taken in by parts: the first transaction, then the blocks it left for later. */
export interface PastePlan {
  /**
   * The paste as ProseMirror makes it, of its first blocks and its last one only: the last
   * block and the caret after it are in place at once, so what follows the paste never moves.
   */
  first: Transaction
  /** The pasted blocks still to insert, in order, at `at` in `first.doc`. */
  rest: ProseMirrorNode[]
  /** Where `rest` goes: the boundary just before the paste's last block. */
  at: number
}

/**
 * Splits a paste of many blocks into a small first transaction and the blocks left to insert
 * afterwards, so each part costs the window little. The blocks left out are ones the paste puts
 * at the top level of the document as they are, so inserting them there afterwards leaves the
 * very document one paste would; null when the paste does not put them there (into a list
 * item, a table cell) or holds no more than `firstBlocks` + 1 blocks.
 */
export function planPasteInParts(
  state: EditorState,
  slice: Slice,
  firstBlocks: number,
): PastePlan | null {
  const { content } = slice
  const count = content.childCount
  if (firstBlocks < 1 || count < firstBlocks + 2) return null
  const kept: ProseMirrorNode[] = []
  const rest: ProseMirrorNode[] = []
  content.forEach((node, _offset, index) => {
    if (index < firstBlocks || index === count - 1) kept.push(node)
    else rest.push(node)
  })
  const first = state.tr.replaceSelection(
    new Slice(Fragment.fromArray(kept), slice.openStart, slice.openEnd),
  )
  // The last of the first blocks, placed as it was at the top level: the rest follows it.
  const before = content.child(firstBlocks - 1)
  let at = -1
  first.doc.forEach((node, offset) => {
    if (node === before) at = offset + node.nodeSize
  })
  // The caret ends after the pasted content; anywhere else, the parts would move it.
  if (at < 0 || first.selection.from < at) return null
  return { first, rest, at }
}
