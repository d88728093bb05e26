import { useEffect, useLayoutEffect, useRef, useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/format/localeFormat'
import { fitScale, type PreviewZoom } from './previewWidths'
import { patchPreviewDocument } from './patchPreviewDocument'

/** Props of {@link PreviewFrame}. */
export interface PreviewFrameProps {
  /** A whole HTML document; null shows nothing yet. */
  html: string | null
  /** CSS width the page is laid out at. */
  pageWidth: number
  /** How large the page is shown: fitted to the pane's width, or a fixed scale (1 = 100%). */
  zoom?: PreviewZoom
  /** A link inside the page was clicked (the frame itself never navigates). */
  onLink(href: string): void
  /** A key pressed while the page has focus, so window shortcuts still work there. */
  onKeyDown?(event: KeyboardEvent): void
}

/**
 * The rendered page in a frame sandboxed without scripts, laid out at `pageWidth` and scaled
 * down to fit when the pane is narrower. The first document arrives through `srcdoc`; later ones
 * are patched into the shown document so it keeps its scroll position and does not flash.
 */
export function PreviewFrame({
  html,
  pageWidth,
  zoom = 'fit',
  onLink,
  onKeyDown,
}: PreviewFrameProps): JSX.Element {
  const { t } = useTranslation()
  const box = useRef<HTMLDivElement>(null)
  const frame = useRef<HTMLIFrameElement>(null)
  const [size, setSize] = useState({ width: 0, height: 0 })
  const [srcdoc, setSrcdoc] = useState<string | null>(null)
  const loaded = useRef(false)
  const latest = useRef({ html, onLink, onKeyDown })
  useEffect(() => {
    latest.current = { html, onLink, onKeyDown }
  })

  useLayoutEffect(() => {
    const element = box.current
    if (!element) return
    const measure = (): void =>
      setSize({ width: element.clientWidth, height: element.clientHeight })
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  useEffect(() => {
    if (html === null) return
    const shown = frame.current?.contentDocument
    // Once the first page is parsed it is patched, even if its load event is still to come.
    const ready = shown?.URL === 'about:srcdoc' && shown.readyState !== 'loading'
    if ((loaded.current || ready) && shown?.body) {
      patchPreviewDocument(shown, html)
    } else {
      setSrcdoc(html)
    }
  }, [html])

  const onLoad = (): void => {
    const shown = frame.current?.contentDocument
    // The empty document the frame starts with is not ours to patch.
    if (!shown || srcdoc === null) return
    loaded.current = true
    shown.addEventListener('click', (event) => {
      const target = event.target as Element | null
      const link = target?.closest?.('a[href]')
      if (!link) return
      event.preventDefault()
      latest.current.onLink(link.getAttribute('href') ?? '')
    })
    shown.addEventListener('submit', (event) => event.preventDefault())
    shown.addEventListener('keydown', (event) => latest.current.onKeyDown?.(event))
    // A newer rendering may have arrived while the first one loaded.
    const newest = latest.current.html
    if (newest !== null && newest !== srcdoc) patchPreviewDocument(shown, newest)
  }

  const scale = zoom === 'fit' ? fitScale(size.width, pageWidth) : zoom
  const height = scale > 0 ? size.height / scale : size.height
  return (
    <div ref={box} className="ui-preview-viewport" data-testid="preview-viewport">
      <span className="ui-preview-width-label" data-testid="preview-width-label">
        {scale !== 1
          ? t('screens.previewPane.widthShownAt', {
              px: pageWidth,
              percent: formatNumber(Math.round(scale * 100)),
            })
          : t('screens.previewPane.width', { px: pageWidth })}
      </span>
      {/* Sized to the scaled page, so a zoom wider than the pane scrolls sideways. */}
      <div
        className="ui-preview-canvas"
        style={{ width: Math.round(pageWidth * scale), height: Math.round(height * scale) }}
      >
        <iframe
          ref={frame}
          title={t('screens.previewPane.frame')}
          className="ui-preview-frame"
          data-testid="preview-frame"
          sandbox="allow-same-origin"
          srcDoc={srcdoc ?? undefined}
          onLoad={onLoad}
          style={{
            width: pageWidth,
            height,
            transform: scale !== 1 ? `scale(${scale})` : undefined,
          }}
          data-scale={scale.toFixed(3)}
        />
      </div>
    </div>
  )
}
