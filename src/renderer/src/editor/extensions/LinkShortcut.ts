import { Extension } from '@tiptap/core'

/** Options of {@link LinkShortcut}. */
export interface LinkShortcutOptions {
  /** Opens the link popover. */
  onOpen: () => void
}

/** Mod-K opens the link popover (the popover, not the editor, owns the link UI). */
export const LinkShortcut = Extension.create<LinkShortcutOptions>({
  name: 'linkShortcut',

  addOptions() {
    return { onOpen: () => undefined }
  },

  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        if (!this.editor.isEditable) return false
        this.options.onOpen()
        return true
      },
    }
  },
})
