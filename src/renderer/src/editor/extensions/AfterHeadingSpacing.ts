import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

/** The class of a top-level block that follows a heading (editor.css spaces it close). */
export const AFTER_HEADING_CLASS = 'ui-after-heading'

/**
 * Decorations for the top-level blocks with index `from` up to `to` (exclusive) that follow a
 * heading; `start` is where block `from` begins.
 */
function decorate(doc: ProseMirrorNode, from: number, to: number, start: number): Decoration[] {
  const found: Decoration[] = []
  let pos = start
  for (let index = from; index < to; index++) {
    const block = doc.child(index)
    if (index > 0 && doc.child(index - 1).type.name === 'heading') {
      found.push(Decoration.node(pos, pos + block.nodeSize, { class: AFTER_HEADING_CLASS }))
    }
    pos += block.nodeSize
  }
  return found
}

/** Where `tr` changed its document: the first and last position touched, in the new document. */
function changedRange(tr: Transaction): { from: number; to: number } | null {
  let from = Infinity
  let to = -Infinity
  tr.mapping.maps.forEach((map, i) => {
    const rest = tr.mapping.slice(i + 1)
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      from = Math.min(from, rest.map(newStart, -1))
      to = Math.max(to, rest.map(newEnd, 1))
    })
  })
  return from <= to ? { from, to } : null
}

/** Updates `set` for a transaction: only the blocks around what it changed are looked at again. */
function update(set: DecorationSet, tr: Transaction): DecorationSet {
  const changed = changedRange(tr)
  // A step that moved nothing changed attributes only, which make no block a heading.
  if (changed === null) return set
  const { doc } = tr
  // The block after a change may have gained or lost its heading: look one block further.
  const first = Math.max(0, doc.resolve(changed.from).index(0) - 1)
  const last = Math.min(doc.childCount, doc.resolve(changed.to).index(0) + 2)
  const start = doc.resolve(0).posAtIndex(first, 0)
  const end = doc.resolve(0).posAtIndex(last, 0)
  const mapped = set.map(tr.mapping, doc)
  // find() also returns what only touches the range: the blocks just outside it keep theirs.
  const stale = mapped.find(start, end).filter((d) => d.from >= start && d.to <= end)
  return mapped.remove(stale).add(doc, decorate(doc, first, last, start))
}

/**
 * Marks each top-level block that follows a heading with {@link AFTER_HEADING_CLASS}, so the
 * style sheet can space it close to its heading without a sibling selector: with one
 * (`h2 + *`), a long paste made the window restyle every block after each part, and styling
 * grew with the document. Only the blocks around a change are looked at again.
 */
export const AfterHeadingSpacing = Extension.create({
  name: 'afterHeadingSpacing',

  addProseMirrorPlugins() {
    const key = new PluginKey<DecorationSet>('afterHeadingSpacing')
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) =>
            DecorationSet.create(state.doc, decorate(state.doc, 0, state.doc.childCount, 0)),
          apply: (tr, set) => (tr.docChanged ? update(set, tr) : set),
        },
        props: {
          decorations: (state) => key.getState(state),
        },
      }),
    ]
  },
})
