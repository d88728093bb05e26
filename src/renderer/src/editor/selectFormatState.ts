import type { Editor } from '@tiptap/core'
import { redoDepth, undoDepth } from '@tiptap/pm/history'
import { NodeSelection } from '@tiptap/pm/state'

/** Which block type the selection is in, as the toolbar shows it. */
export type BlockKind = 'paragraph' | 'h2' | 'h3' | 'h4' | 'other'

/** What the toolbar shows as active or available for the current selection. */
export interface FormatState {
  bold: boolean
  italic: boolean
  underline: boolean
  strike: boolean
  link: boolean
  block: BlockKind
  bulletList: boolean
  orderedList: boolean
  blockquote: boolean
  codeBlock: boolean
  /** Null outside a table; otherwise whether its first row is a header row. */
  table: { headerRow: boolean } | null
  /** The selected image's editable text, or null when no image is selected. */
  image: { alt: string; caption: string } | null
  canUndo: boolean
  canRedo: boolean
}

function blockKind(editor: Editor): BlockKind {
  const parent = editor.state.selection.$from.parent
  if (parent.type.name === 'paragraph') return 'paragraph'
  if (parent.type.name !== 'heading') return 'other'
  const level = Number(parent.attrs.level)
  return level === 2 || level === 3 || level === 4 ? `h${level}` : 'other'
}

/**
 * Reads the toolbar state. It runs on every transaction, so it walks only the selection's
 * ancestors (a handful of nodes) instead of asking `isActive` about each node type, which scans
 * the document's top-level blocks.
 */
export function selectFormatState(editor: Editor): FormatState {
  const { state } = editor
  const { selection } = state
  const { $from } = selection
  let list: string | null = null
  let blockquote = false
  let table: FormatState['table'] = null
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth)
    const name = node.type.name
    if (list === null && (name === 'bulletList' || name === 'orderedList')) list = name
    else if (name === 'blockquote') blockquote = true
    else if (name === 'table' && table === null) {
      table = { headerRow: node.firstChild?.firstChild?.type.name === 'tableHeader' }
    }
  }
  const selected = selection instanceof NodeSelection ? selection.node : null
  const image =
    selected?.type.name === 'image'
      ? { alt: String(selected.attrs.alt ?? ''), caption: String(selected.attrs.caption ?? '') }
      : null
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    underline: editor.isActive('underline'),
    strike: editor.isActive('strike'),
    link: editor.isActive('link'),
    block: blockKind(editor),
    bulletList: list === 'bulletList',
    orderedList: list === 'orderedList',
    blockquote,
    codeBlock: $from.parent.type.name === 'codeBlock',
    table,
    image,
    canUndo: undoDepth(state) > 0,
    canRedo: redoDepth(state) > 0,
  }
}
