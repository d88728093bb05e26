/** The page widths the preview can show, as the site's own breakpoints would see them. */
export const PREVIEW_WIDTHS = [
  { id: 'desktop', px: 1280 },
  { id: 'tablet', px: 768 },
  { id: 'phone', px: 390 },
] as const

export type PreviewWidthId = (typeof PREVIEW_WIDTHS)[number]['id']

/** The width entry for an id. */
export function previewWidth(id: PreviewWidthId): (typeof PREVIEW_WIDTHS)[number] {
  return PREVIEW_WIDTHS.find((w) => w.id === id) ?? PREVIEW_WIDTHS[0]
}

/**
 * How much a page `pageWidth` CSS pixels wide is scaled down to fit a pane `paneWidth` wide:
 * never enlarged, like a device preview.
 */
export function fitScale(paneWidth: number, pageWidth: number): number {
  if (paneWidth <= 0 || pageWidth <= 0) return 1
  return Math.min(1, paneWidth / pageWidth)
}

/** How large the preview shows the page: fitted to the pane, or a fixed scale. */
export type PreviewZoom = 'fit' | number

/** The zoom choices offered beside the width switch. */
export const PREVIEW_ZOOMS: readonly PreviewZoom[] = ['fit', 0.5, 0.75, 1]
