import { Extension } from '@tiptap/core'
import { Fragment, Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { planPasteInParts } from '../paste/planPasteInParts'

/** How far a paste taken in by parts has come, in the blocks inserted after its first part. */
export interface PasteProgress {
  done: number
  total: number
}

/** Options of {@link PasteInParts}. */
export interface PasteInPartsOptions {
  /** Told after each part of a long paste, and null once all of it is in. */
  onProgress: ((progress: PasteProgress | null) => void) | null
}

/** The blocks of a paste still to insert, and where they go (mapped through every change). */
interface PendingPaste {
  at: number
  blocks: readonly ProseMirrorNode[]
  next: number
  /** The undo step the paste's parts all join, however long the window takes between them. */
  step: string
}

/**
 * Undo history puts changes more than half a second apart in separate steps; changes that name
 * the same composition stay in one, as a word typed through an input method does.
 */
const UNDO_STEP = 'composition'
let pastes = 0

const pendingKey = new PluginKey<PendingPaste | null>('pasteInParts')

/** Pastes of fewer top-level blocks than this go in at once, as ProseMirror pastes them. */
const MIN_BLOCKS = 300
/** Blocks in the first part; later parts are sized to take about {@link PART_BUDGET_MS}. */
const FIRST_BLOCKS = 100
const PART_BUDGET_MS = 40
/**
 * The window styles and lays out each part after its transaction, at a cost that grows with
 * the document (the editor's sibling spacing rules restyle siblings). A part may take as long
 * as that took, up to this, so a long paste is not many times slower than one transaction.
 */
const MAX_PART_BUDGET_MS = 100
const MAX_PART_BLOCKS = 2000

/**
 * The document as it will be once the paste under way is all in: what a save must store, so
 * leaving the article in the middle of a long paste loses none of it.
 */
export function docWithPendingPaste(state: EditorState): ProseMirrorNode {
  const pending = pendingKey.getState(state)
  if (!pending) return state.doc
  const blocks = Fragment.fromArray(pending.blocks.slice(pending.next))
  return state.doc.replace(pending.at, pending.at, new Slice(blocks, 0, 0))
}

/** Inserts every block still pending in one transaction (a new paste must not interleave). */
function finishNow(view: EditorView): void {
  const pending = pendingKey.getState(view.state)
  if (!pending) return
  const blocks = pending.blocks.slice(pending.next)
  view.dispatch(
    view.state.tr
      .insert(pending.at, blocks)
      .setMeta(pendingKey, null)
      .setMeta(UNDO_STEP, pending.step)
      .setMeta('paste', true)
      .setMeta('uiEvent', 'paste')
      .scrollIntoView(),
  )
}

/**
 * Takes a long paste (hundreds of blocks and more) in by parts, one task each, so the window
 * keeps answering: the first part is the paste as ProseMirror would make it less the middle
 * blocks, which are then inserted before the paste's last block, a part per task. The document
 * ends exactly as one paste would leave it, with the caret after the pasted content; undo takes
 * the whole paste back in one step. The person can go on working meanwhile.
 */
export const PasteInParts = Extension.create<PasteInPartsOptions>({
  name: 'pasteInParts',

  addOptions() {
    return { onProgress: null }
  },

  addProseMirrorPlugins() {
    const progress = (value: PasteProgress | null): void => this.options.onProgress?.(value)
    let timer: ReturnType<typeof setTimeout> | undefined
    const starts = new Set<ReturnType<typeof setTimeout>>()
    let partBlocks = FIRST_BLOCKS
    /** When the last part's transaction ended: the time since is the window's own work. */
    let lastEnd = 0

    const insertPart = (view: EditorView): void => {
      timer = undefined
      if (view.isDestroyed) return
      const pending = pendingKey.getState(view.state)
      // Undone, or its place deleted, while it was coming in: the rest is not wanted.
      if (!pending) return progress(null)
      const end = Math.min(pending.blocks.length, pending.next + partBlocks)
      const blocks = pending.blocks.slice(pending.next, end)
      const size = blocks.reduce((sum, node) => sum + node.nodeSize, 0)
      const last = end === pending.blocks.length
      const tr = view.state.tr
        .insert(pending.at, blocks)
        .setMeta(pendingKey, last ? null : { ...pending, at: pending.at + size, next: end })
        .setMeta(UNDO_STEP, pending.step)
        .setMeta('paste', true)
        .setMeta('uiEvent', 'paste')
      if (last) tr.scrollIntoView()
      const started = performance.now()
      const budget = Math.min(MAX_PART_BUDGET_MS, Math.max(PART_BUDGET_MS, started - lastEnd))
      view.dispatch(tr)
      lastEnd = performance.now()
      const took = Math.max(1, lastEnd - started)
      partBlocks = Math.max(
        20,
        Math.min(MAX_PART_BLOCKS, Math.round((blocks.length * budget) / took)),
      )
      progress(last ? null : { done: end, total: pending.blocks.length })
      if (!last) timer = setTimeout(() => insertPart(view), 0)
    }

    const start = (view: EditorView, slice: Slice): void => {
      if (view.isDestroyed) return
      finishNow(view)
      const plan = planPasteInParts(view.state, slice, FIRST_BLOCKS)
      // Pasted where its blocks do not go to the top level: at once, as ProseMirror pastes.
      const first = plan?.first ?? view.state.tr.replaceSelection(slice)
      const step = `paste-${++pastes}`
      view.dispatch(
        first
          .setMeta(pendingKey, plan ? { at: plan.at, blocks: plan.rest, next: 0, step } : null)
          .setMeta(UNDO_STEP, step)
          .setMeta('paste', true)
          .setMeta('uiEvent', 'paste')
          .scrollIntoView(),
      )
      if (!plan) return
      partBlocks = FIRST_BLOCKS
      lastEnd = performance.now()
      progress({ done: 0, total: plan.rest.length })
      clearTimeout(timer)
      timer = setTimeout(() => insertPart(view), 0)
    }

    return [
      new Plugin<PendingPaste | null>({
        key: pendingKey,
        state: {
          init: () => null,
          apply(tr, value) {
            const meta: unknown = tr.getMeta(pendingKey)
            if (meta !== undefined) return meta as PendingPaste | null
            if (!value || !tr.docChanged) return value
            const mapped = tr.mapping.mapResult(value.at, -1)
            return mapped.deletedAcross ? null : { ...value, at: mapped.pos }
          },
        },
        props: {
          handlePaste: (view, _event, slice) => {
            if (!view.editable || slice.content.childCount < MIN_BLOCKS) return false
            // Parsing took this task; the first part gets one of its own.
            const handle = setTimeout(() => {
              starts.delete(handle)
              start(view, slice)
            }, 0)
            starts.add(handle)
            return true
          },
        },
        view: () => ({
          destroy: () => {
            clearTimeout(timer)
            starts.forEach((handle) => clearTimeout(handle))
            progress(null)
          },
        }),
      }),
    ]
  },
})
