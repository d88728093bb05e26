import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../ui/Icon'
import { PREVIEW_WIDTHS, type PreviewWidthId } from './previewWidths'

/** Desktop / Tablet / Phone, as a segmented control; icons alone where room is short. */
export function WidthSwitch(props: {
  value: PreviewWidthId
  onChange(id: PreviewWidthId): void
}): JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="ui-segmented" role="group" aria-label={t('screens.preview.pageWidth')}>
      {PREVIEW_WIDTHS.map((w) => {
        const label = t(`screens.preview.widths.${w.id}`)
        return (
          <button
            key={w.id}
            type="button"
            className={w.id === props.value ? 'ui-segment ui-is-selected' : 'ui-segment'}
            aria-pressed={w.id === props.value}
            aria-label={t('screens.preview.widthLabel', { label, px: w.px })}
            title={t('screens.preview.widthTitle', { label, px: w.px })}
            data-testid={`preview-width-${w.id}`}
            onClick={() => props.onChange(w.id)}
          >
            {/* Beside the editor only the icon shows, so the header keeps to one row. */}
            <span className="ui-segment-icon">
              <Icon name={w.id} size={15} />
            </span>
            <span className="ui-segment-label">
              {label} <span className="ui-segment-detail">{w.px}</span>
            </span>
          </button>
        )
      })}
    </div>
  )
}
