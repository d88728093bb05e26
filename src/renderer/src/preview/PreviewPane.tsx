import { useEffect, useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/format/localeFormat'
import { isWebUrl } from '@shared/safety/urlPolicy'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { useBridgeAction } from '../api/useBridgeAction'
import { Icon } from '../ui/Icon'
import { ExportButtons } from './ExportButtons'
import type { LiveArticle } from './LiveArticle'
import { PreviewFrame } from './PreviewFrame'
import { ThemeErrorBanner } from './ThemeErrorBanner'
import { usePreviewRender } from './usePreviewRender'
import { WidthSwitch } from './WidthSwitch'
import { PREVIEW_ZOOMS, previewWidth, type PreviewWidthId, type PreviewZoom } from './previewWidths'

/** Props of {@link PreviewPane}. */
export interface PreviewPaneProps {
  live: LiveArticle
  articleId: string
  /** The site the article is assigned to; the picker starts there. */
  articleSiteId: string | null
  sites: readonly SiteProfile[]
  /** Covering the whole window rather than sharing it with the editor. */
  full: boolean
  onFull(full: boolean): void
  onClose(): void
  /** Saves the article before an export reads it; false when it could not. */
  flush(): Promise<boolean>
}

// The last width chosen, kept while the app runs so each article opens the same way.
let lastWidth: PreviewWidthId = 'desktop'

/**
 * The article laid out as its site shows it: a width switch, a site picker, exports, and the
 * page itself following the editor as you type.
 */
export function PreviewPane(props: PreviewPaneProps): JSX.Element {
  const { live, sites, full, onFull } = props
  const { t } = useTranslation()
  const [widthId, setWidthId] = useState<PreviewWidthId>(lastWidth)
  const [zoom, setZoom] = useState<PreviewZoom>('fit')
  // Undefined follows the article's own site; a choice here only changes the preview.
  const [picked, setPicked] = useState<string | null | undefined>(undefined)
  const wanted = picked === undefined ? props.articleSiteId : picked
  const siteId = wanted !== null && sites.some((s) => s.id === wanted) ? wanted : null
  const render = usePreviewRender(live, siteId)
  const width = previewWidth(widthId)

  useEffect(() => {
    if (!full) return
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      if (document.querySelector('.ui-modal-backdrop')) return
      event.preventDefault()
      onFull(false)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [full, onFull])

  const opening = useBridgeAction((api, url: string) => api.app.openExternal({ url }))

  const chooseWidth = (id: PreviewWidthId): void => {
    lastWidth = id
    setWidthId(id)
  }

  const openLink = (href: string): void => {
    if (!isWebUrl(href)) return
    void opening.run(href)
  }

  // Keys pressed inside the page reach the window's shortcuts (and Escape leaves full window).
  const forwardKey = (event: KeyboardEvent): void => {
    window.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: event.key,
        code: event.code,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        cancelable: true,
      }),
    )
  }

  return (
    <section
      className={full ? 'ui-pane ui-pane-preview ui-is-full' : 'ui-pane ui-pane-preview'}
      aria-label={t('screens.previewPane.label')}
      data-testid="preview-pane"
      data-width={width.px}
    >
      <div className="ui-pane-header ui-preview-header">
        <select
          className="ui-preview-site"
          aria-label={t('screens.previewPane.site')}
          data-testid="preview-site"
          value={siteId ?? ''}
          onChange={(e) => setPicked(e.target.value || null)}
        >
          <option value="">{t('screens.previewPane.noSite')}</option>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <WidthSwitch value={widthId} onChange={chooseWidth} />
        <select
          className="ui-preview-zoom"
          aria-label={t('screens.previewPane.zoom')}
          data-testid="preview-zoom"
          value={String(zoom)}
          onChange={(e) => setZoom(e.target.value === 'fit' ? 'fit' : Number(e.target.value))}
        >
          {PREVIEW_ZOOMS.map((z) => (
            <option key={String(z)} value={String(z)}>
              {z === 'fit'
                ? t('screens.previewPane.fit')
                : t('screens.previewPane.percent', { percent: formatNumber(z * 100) })}
            </option>
          ))}
        </select>
        <div className="ui-preview-actions">
          <ExportButtons articleId={props.articleId} siteId={siteId} flush={props.flush} />
          <button
            type="button"
            className={full ? 'ui-icon-button ui-is-pressed' : 'ui-icon-button'}
            aria-pressed={full}
            aria-label={full ? t('screens.previewPane.beside') : t('screens.previewPane.full')}
            title={full ? t('screens.previewPane.besideEsc') : t('screens.previewPane.full')}
            data-testid="preview-full"
            onClick={() => onFull(!full)}
          >
            <Icon name={full ? 'shrink' : 'expand'} />
          </button>
          <button
            type="button"
            className="ui-icon-button"
            aria-label={t('screens.previewPane.close')}
            title={t('screens.previewPane.close')}
            data-testid="preview-close"
            onClick={props.onClose}
          >
            <Icon name="close" />
          </button>
        </div>
      </div>
      {render.themeError && <ThemeErrorBanner error={render.themeError} />}
      {render.failure && !render.themeError && (
        <div className="ui-preview-banner" role="alert" data-testid="preview-failure">
          <Icon name="alert" />
          <span>{render.failure}</span>
        </div>
      )}
      {render.html === null && !render.themeError && !render.failure && (
        <p className="ui-hint ui-preview-loading">{t('screens.previewPane.laying')}</p>
      )}
      <PreviewFrame
        html={render.html}
        pageWidth={width.px}
        zoom={zoom}
        onLink={openLink}
        onKeyDown={forwardKey}
      />
    </section>
  )
}
