import { Extension, type Editor } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { isPictureOnly } from '../paste/isPictureOnly'

/** Files pasted or dropped into the editor, and where a drop landed (null: at the selection). */
export interface ImageFilesRequest {
  editor: Editor
  files: File[]
  position: number | null
}

/** Options of {@link ImageFileHandler}. */
export interface ImageFileHandlerOptions {
  onFiles: ((request: ImageFilesRequest) => void) | null
}

/**
 * Hands files pasted from the clipboard or dropped from the desktop to `onFiles`, which imports
 * them into the library. A paste that also has real HTML is left to the HTML path: Word puts a
 * picture of the copied text on the clipboard next to the real content.
 */
export const ImageFileHandler = Extension.create<ImageFileHandlerOptions>({
  name: 'imageFileHandler',

  addOptions() {
    return { onFiles: null }
  },

  addProseMirrorPlugins() {
    const { editor } = this
    const onFiles = () => this.options.onFiles
    return [
      new Plugin({
        key: new PluginKey('imageFileHandler'),
        props: {
          handlePaste: (view, event) => {
            const handler = onFiles()
            const data = event.clipboardData
            if (!handler || !view.editable || !data || data.files.length === 0) return false
            const html = data.getData('text/html')
            if (html.trim() !== '' && !isPictureOnly(html)) return false
            handler({ editor, files: Array.from(data.files), position: null })
            return true
          },
          handleDrop: (view, event, _slice, moved) => {
            const handler = onFiles()
            const files = event.dataTransfer?.files
            if (!handler || moved || !view.editable || !files || files.length === 0) return false
            event.preventDefault()
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY })
            handler({ editor, files: Array.from(files), position: at?.pos ?? null })
            return true
          },
        },
      }),
    ]
  },
})
