import type { Editor, JSONContent } from '@tiptap/core'
import { closeHistory } from '@tiptap/pm/history'
import type { DocNode } from '@shared/article/Article'

/**
 * Replaces the whole text with `doc` as one undo step of its own: Ctrl/Cmd+Z brings back the
 * text as it was, and neither the typing before nor the typing after joins that step.
 */
export function replaceDocUndoably(editor: Editor, doc: DocNode): void {
  editor
    .chain()
    .command(({ tr }) => {
      closeHistory(tr)
      return true
    })
    .setContent(doc as JSONContent, { emitUpdate: true })
    .run()
  editor.view.dispatch(closeHistory(editor.state.tr))
}
