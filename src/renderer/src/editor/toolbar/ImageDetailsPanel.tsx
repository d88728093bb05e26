import type { Editor } from '@tiptap/core'
import type { KeyboardEvent } from 'react'

/** Props of {@link ImageDetailsPanel}. */
export interface ImageDetailsPanelProps {
  editor: Editor
  image: { alt: string; caption: string }
}

/**
 * Alt text and caption of the selected image. Edits go straight into the document (the image
 * stays selected), so the caption under the picture updates as you type and undo covers it.
 */
export function ImageDetailsPanel({ editor, image }: ImageDetailsPanelProps) {
  const update = (attributes: { alt?: string; caption?: string }) => {
    editor.chain().updateAttributes('image', attributes).run()
  }
  const backToText = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === 'Escape') {
      event.preventDefault()
      editor.commands.focus()
    }
  }
  return (
    <div className="ui-tb__row ui-tb__row--context ui-image-panel" role="group" aria-label="Image">
      <label className="ui-image-panel__field">
        <span>Alt text</span>
        <input
          data-testid="image-alt"
          type="text"
          value={image.alt}
          placeholder="Describe the image for people who cannot see it"
          data-missing={image.alt.trim() === '' ? '' : undefined}
          onChange={(event) => update({ alt: event.currentTarget.value })}
          onKeyDown={backToText}
        />
      </label>
      <label className="ui-image-panel__field">
        <span>Caption</span>
        <input
          data-testid="image-caption"
          type="text"
          value={image.caption}
          placeholder="Optional caption shown under the image"
          onChange={(event) => update({ caption: event.currentTarget.value })}
          onKeyDown={backToText}
        />
      </label>
    </div>
  )
}
