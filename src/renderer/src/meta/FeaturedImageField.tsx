import { useRef, useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { FeaturedImage } from '@shared/article/Article'
import { assetUrl } from '@shared/article/assetSrc'
import { loadableImageSrc } from '@shared/safety/urlPolicy'
import { importImageFile } from '../api/importImageFile'
import { messageOf } from '../api/messageOf'
import { useToasts } from '../ui/ToastContext'
import { Field } from './Field'

/** Props of {@link FeaturedImageField}. */
export interface FeaturedImageFieldProps {
  articleId: string
  image: FeaturedImage | null
  onChange(image: FeaturedImage | null): void
}

/** Picks the article's featured image into its assets, with a preview and alt text. */
export function FeaturedImageField(props: FeaturedImageFieldProps): JSX.Element {
  const { articleId, image, onChange } = props
  const { t } = useTranslation()
  const toasts = useToasts()
  const picker = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)

  const pick = async (file: File): Promise<void> => {
    setBusy(true)
    try {
      const asset = await importImageFile(articleId, file)
      onChange({ src: asset.src, alt: image?.alt ?? '' })
    } catch (error) {
      toasts.error(messageOf(error, t('details.imageNotAdded', { name: file.name })))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Field label={t('details.featuredImage')} htmlFor="meta-image-alt">
      <input
        ref={picker}
        type="file"
        accept="image/png,image/jpeg,image/gif,image/webp,image/avif"
        hidden
        data-testid="featured-image-input"
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) void pick(file)
        }}
      />
      {image ? (
        <div className="ui-featured-image">
          {loadableImageSrc(image.src) !== null ? (
            <img
              src={assetUrl(articleId, image.src)}
              alt={image.alt}
              data-testid="featured-image"
            />
          ) : (
            // A web address or anything else is never loaded by the window on its own.
            <p className="ui-featured-image-missing" data-testid="featured-image-not-loaded">
              {t('details.imageNotLoaded')}
            </p>
          )}
          <input
            id="meta-image-alt"
            className="ui-input"
            placeholder={t('details.imageAltPlaceholder')}
            data-testid="featured-image-alt"
            value={image.alt}
            onChange={(e) => onChange({ ...image, alt: e.target.value })}
          />
          <div className="ui-featured-image-actions">
            <button
              type="button"
              className="ui-button ui-button-small"
              disabled={busy}
              onClick={() => picker.current?.click()}
            >
              {t('details.replaceImage')}
            </button>
            <button
              type="button"
              className="ui-button ui-button-small ui-button-danger-quiet"
              data-testid="featured-image-remove"
              onClick={() => onChange(null)}
            >
              {t('details.removeImage')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="ui-image-drop"
          disabled={busy}
          data-testid="featured-image-pick"
          onClick={() => picker.current?.click()}
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault()
            const file = e.dataTransfer.files[0]
            if (file) void pick(file)
          }}
        >
          {busy ? t('details.addingImage') : t('details.chooseImage')}
        </button>
      )}
    </Field>
  )
}
