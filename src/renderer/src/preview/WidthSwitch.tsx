import type { JSX } from 'react'
import { PREVIEW_WIDTHS, type PreviewWidthId } from './previewWidths'

/** Desktop / Tablet / Phone, as a segmented control. */
export function WidthSwitch(props: {
  value: PreviewWidthId
  onChange(id: PreviewWidthId): void
}): JSX.Element {
  return (
    <div className="segmented" role="group" aria-label="Page width">
      {PREVIEW_WIDTHS.map((w) => (
        <button
          key={w.id}
          type="button"
          className={w.id === props.value ? 'segment is-selected' : 'segment'}
          aria-pressed={w.id === props.value}
          title={`${w.label}, ${w.px} px wide`}
          data-testid={`preview-width-${w.id}`}
          onClick={() => props.onChange(w.id)}
        >
          {w.label} <span className="segment-detail">{w.px}</span>
        </button>
      ))}
    </div>
  )
}
