import type { Node as ProseMirrorNode, Slice } from '@tiptap/pm/model'
import type { EditorState, Transaction } from '@tiptap/pm/state'
import { Mapping, StepMap } from '@tiptap/pm/transform'

/** A paste taken in by parts: the first transaction, then the blocks it left for later. */
export interface PastePlan {
  /**
   * What the paste would do in one transaction, less the blocks in `rest`: its last block and
   * the selection after it are already in place, so what follows the paste never moves.
   */
  first: Transaction
  /** The pasted blocks still to insert, in order, at `at` in `first.doc`. */
  rest: ProseMirrorNode[]
  /** Where `rest` goes: the boundary just before the paste's last block. */
  at: number
}

/**
 * Splits a paste of many blocks into a small first transaction and the top-level blocks left
 * to insert afterwards, so each part costs the window little. The result is the very document
 * one `replaceSelection` would make (ProseMirror's own paste), because the parts are cut from
 * that document; null when the paste changes fewer than `minBlocks` top-level blocks or cannot
 * be cut at the top level.
 */
export function planPasteInParts(
  state: EditorState,
  slice: Slice,
  minBlocks: number,
  firstBlocks: number,
): PastePlan | null {
  const full = state.tr.replaceSelection(slice)
  const before = state.doc
  const after = full.doc
  const start = before.content.findDiffStart(after.content)
  const end = before.content.findDiffEnd(after.content)
  if (start === null || end === null || end.a < start || end.b < start) return null
  // The top-level blocks the paste replaced, and the ones it made in their place.
  const $start = before.resolve(start)
  const $endBefore = before.resolve(end.a)
  const $endAfter = after.resolve(end.b)
  const first = $start.index(0)
  const lastBefore = $endBefore.depth === 0 ? $endBefore.index(0) - 1 : $endBefore.index(0)
  const lastAfter = $endAfter.depth === 0 ? $endAfter.index(0) - 1 : $endAfter.index(0)
  if (lastAfter - first + 1 < minBlocks) return null
  const middle = Math.min(first + firstBlocks, lastAfter)
  const from = $start.posAtIndex(first, 0)
  const to = lastBefore < first ? from : $endBefore.posAtIndex(lastBefore + 1, 0)
  const at = after.resolve(from).posAtIndex(middle, 0)
  const last = after.resolve(from).posAtIndex(lastAfter, 0)
  // The caret ends after the pasted content; anywhere else, the parts would move it.
  if (full.selection.from < last) return null
  const blocks = (fromIndex: number, toIndex: number): ProseMirrorNode[] => {
    const nodes: ProseMirrorNode[] = []
    for (let index = fromIndex; index < toIndex; index++) nodes.push(after.child(index))
    return nodes
  }
  // One step, so what reads the steps (paste rules, autolink) sees only the first part.
  const tr = state.tr.replaceWith(from, to, [
    ...blocks(first, middle),
    ...blocks(lastAfter, lastAfter + 1),
  ])
  const withoutRest = new Mapping([new StepMap([at, last - at, 0])])
  tr.setSelection(full.selection.map(tr.doc, withoutRest))
  return { first: tr, rest: blocks(middle, lastAfter), at }
}
