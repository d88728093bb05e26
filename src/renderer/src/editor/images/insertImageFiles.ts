import type { Editor } from '@tiptap/core'
import { NodeSelection } from '@tiptap/pm/state'
import { errorMessage } from '../errorMessage'
import { isNodeType } from '@shared/editor/isNodeType'
import { t } from '@shared/i18n/i18n'

/** Uploads an image file to the library and returns the src the document stores. */
export type ImportImage = (file: File) => Promise<{ src: string }>

/** Selects the image just before the caret, so its alt text and caption can be filled in. */
function selectInsertedImage(editor: Editor): void {
  const { $from } = editor.state.selection
  for (const $pos of [$from, editor.state.doc.resolve($from.before(Math.max($from.depth, 1)))]) {
    const before = $pos.nodeBefore
    if (before && isNodeType(before, 'image')) {
      const at = $pos.pos - before.nodeSize
      editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, at)))
      return
    }
  }
}

/**
 * Imports `files` one by one and inserts each as an image: the first at `position` (where a
 * drop landed) or at the selection, the rest after it. A file main refuses (not an image, too
 * large) is reported through `onError` with main's message, and the others still go in.
 */
export async function insertImageFiles(
  editor: Editor,
  files: File[],
  position: number | null,
  importImage: ImportImage,
  onError: (message: string) => void,
): Promise<void> {
  let at = position
  let inserted = false
  for (const file of files) {
    let src: string
    try {
      ;({ src } = await importImage(file))
    } catch (error) {
      onError(errorMessage(error, t('screens.editorNotes.addFailed', { name: file.name })))
      continue
    }
    if (editor.isDestroyed || !editor.isEditable) return
    const target = at === null ? undefined : Math.min(at, editor.state.doc.content.size)
    inserted = editor.chain().focus().insertFigure({ src }, target).run() || inserted
    at = null
  }
  if (inserted) selectInsertedImage(editor)
}
