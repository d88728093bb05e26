import type { Editor } from '@tiptap/core'
import { redoDepth, undoDepth } from '@tiptap/pm/history'
import { NodeSelection } from '@tiptap/pm/state'
import type { MarkName } from '@shared/editor/documentMarks'
import type { NodeName } from '@shared/editor/documentNodes'
import { isNodeType } from '@shared/editor/isNodeType'

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

/** Whether the selection carries the named mark. */
function hasMark(editor: Editor, name: MarkName): boolean {
  return editor.isActive(name)
}

function blockKind(editor: Editor): BlockKind {
  const parent = editor.state.selection.$from.parent
  if (isNodeType(parent, 'paragraph')) return 'paragraph'
  if (!isNodeType(parent, 'heading')) return 'other'
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
  let list: NodeName | null = null
  let blockquote = false
  let table: FormatState['table'] = null
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth)
    if (list === null && isNodeType(node, 'bulletList')) list = 'bulletList'
    else if (list === null && isNodeType(node, 'orderedList')) list = 'orderedList'
    else if (isNodeType(node, 'blockquote')) blockquote = true
    else if (isNodeType(node, 'table') && table === null) {
      table = { headerRow: isNodeType(node.firstChild?.firstChild, 'tableHeader') }
    }
  }
  const selected = selection instanceof NodeSelection ? selection.node : null
  const image =
    selected && isNodeType(selected, 'image')
      ? { alt: String(selected.attrs.alt ?? ''), caption: String(selected.attrs.caption ?? '') }
      : null
  return {
    bold: hasMark(editor, 'bold'),
    italic: hasMark(editor, 'italic'),
    underline: hasMark(editor, 'underline'),
    strike: hasMark(editor, 'strike'),
    link: hasMark(editor, 'link'),
    block: blockKind(editor),
    bulletList: list === 'bulletList',
    orderedList: list === 'orderedList',
    blockquote,
    codeBlock: isNodeType($from.parent, 'codeBlock'),
    table,
    image,
    canUndo: undoDepth(state) > 0,
    canRedo: redoDepth(state) > 0,
  }
}
