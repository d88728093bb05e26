import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { AddMarkStep, RemoveMarkStep } from '@tiptap/pm/transform'
import { isChangeOrigin } from '@tiptap/extension-collaboration'

/** The only mark a reviewer may add to or take from the text: a comment's passage. */
const COMMENT_MARK = 'comment'

/** True when `tr` only adds or removes comment marks, or carries others' changes. */
export function isCommentOnly(tr: Transaction): boolean {
  if (!tr.docChanged) return true
  // Changes arriving from the Y.Doc (Collaboration's own sync plugin, not y-prosemirror's) are
  // the article as loaded and the others' edits, not this person's.
  if (isChangeOrigin(tr)) return true
  return tr.steps.every(
    (step) =>
      (step instanceof AddMarkStep || step instanceof RemoveMarkStep) &&
      step.mark.type.name === COMMENT_MARK,
  )
}

/**
 * A reviewer's editor: the caret moves and passages can be selected and commented on, but the
 * text itself does not change (the team server refuses such changes from a reviewer anyway).
 */
export const CommentOnly = Extension.create({
  name: 'commentOnly',
  addProseMirrorPlugins() {
    return [new Plugin({ key: new PluginKey('commentOnly'), filterTransaction: isCommentOnly })]
  },
})
