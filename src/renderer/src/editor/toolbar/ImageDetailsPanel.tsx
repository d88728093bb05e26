import type { Editor } from '@tiptap/core'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'

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
  const { t } = useTranslation()
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
    <div
      className="ui-tb__row ui-tb__row--context ui-image-panel"
      role="group"
      aria-label={t('editor.imageDetails.label')}
    >
      <label className="ui-image-panel__field">
        <span>{t('editor.imageDetails.altText')}</span>
        <input
          data-testid="image-alt"
          type="text"
          value={image.alt}
          placeholder={t('editor.imageDetails.altPlaceholder')}
          data-missing={image.alt.trim() === '' ? '' : undefined}
          onChange={(event) => update({ alt: event.currentTarget.value })}
          onKeyDown={backToText}
        />
      </label>
      <label className="ui-image-panel__field">
        <span>{t('editor.imageDetails.caption')}</span>
        <input
          data-testid="image-caption"
          type="text"
          value={image.caption}
          placeholder={t('editor.imageDetails.captionPlaceholder')}
          onChange={(event) => update({ caption: event.currentTarget.value })}
          onKeyDown={backToText}
        />
      </label>
    </div>
  )
}
