import { Mark } from '@tiptap/core'
import { CommentIdSchema } from '@shared/article/Comment'
import { commentClipboardPlugin } from '../comments/commentClipboardPlugin'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    comment: {
      /** Marks the selected text as the passage of comment `commentId` (outside undo history). */
      addComment: (commentId: string) => ReturnType
      /** Removes every mark of comment `commentId` (outside undo history). */
      removeComment: (commentId: string) => ReturnType
    }
  }
}

/** Transaction meta set when a comment's passage is added or removed (not by an edit). */
export const COMMENT_ANCHORS_CHANGED = 'commentAnchorsChanged'

/** Options of {@link CommentMark}. */
export interface CommentMarkOptions {
  /** Mod-Alt-M: start a comment on the selection. */
  onComment: () => void
}

function validId(value: string | null): string | null {
  return CommentIdSchema.safeParse(value).success ? value : null
}

/**
 * Editing of the review-comment mark (`@shared/editor/marks/comment`, where its schema lives:
 * overlapping, not growing when typing at an edge): adding and removing a comment's passage,
 * its shortcut, and keeping it off the clipboard. The highlight moves with its text through
 * edits, undo and redo; the comment itself lives in the article's comment list.
 */
export const CommentMark = Mark.create<CommentMarkOptions>({
  name: 'comment',

  addOptions() {
    return { onComment: () => undefined }
  },

  addAttributes() {
    return {
      commentId: {
        parseHTML: (element) => validId(element.getAttribute('data-comment-id')),
        renderHTML: (attributes) => ({ 'data-comment-id': String(attributes.commentId) }),
      },
    }
  },

  parseHTML() {
    // Needed to read back the editor's own DOM (typing inside a comment); pasted HTML is
    // cleaned of data attributes before it gets here, so paste never creates comments.
    return [
      {
        tag: 'span[data-comment-id]',
        getAttrs: (element) => (validId(element.getAttribute('data-comment-id')) ? null : false),
      },
    ]
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', { class: 'ui-comment', ...HTMLAttributes }, 0]
  },

  addCommands() {
    return {
      addComment:
        (commentId) =>
        ({ state, tr, dispatch }) => {
          const { from, to, empty } = state.selection
          if (empty || !validId(commentId)) return false
          if (dispatch) {
            tr.addMark(from, to, this.type.create({ commentId }))
            tr.setMeta('addToHistory', false).setMeta(COMMENT_ANCHORS_CHANGED, true)
          }
          return true
        },
      removeComment:
        (commentId) =>
        ({ state, tr, dispatch }) => {
          if (dispatch) {
            tr.removeMark(0, state.doc.content.size, this.type.create({ commentId }))
            tr.setMeta('addToHistory', false).setMeta(COMMENT_ANCHORS_CHANGED, true)
          }
          return true
        },
    }
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Alt-m': () => {
        if (!this.editor.isEditable) return false
        this.options.onComment()
        return true
      },
    }
  },

  addProseMirrorPlugins() {
    return [commentClipboardPlugin(this.type)]
  },
})
