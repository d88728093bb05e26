import { formatDateTime } from '@shared/format/localeFormat'
import { useState, type JSX } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import type { SiteProfile, SiteTheme } from '@shared/sites/SiteProfile'
import { useBridgeAction } from '../api/useBridgeAction'
import type { CaptureSlotFinding } from '@shared/sites/captureSlots'
import { Icon } from '../ui/Icon'
import { CaptureSlotsPicture } from './CaptureSlotsPicture'
import { isWebAddress } from './validateSiteDraft'

/** Props of {@link ThemeSection}. */
export interface ThemeSectionProps {
  /** The site as saved; null while it is new. */
  saved: SiteProfile | null
  theme: SiteTheme
  onTheme(theme: SiteTheme): void
  /** A capture succeeded: main saved the site with its new theme. */
  onCaptured(site: SiteProfile): void
}

type Choice = 'newsroom' | 'blog' | 'captured'

const CHOICES = [
  { value: 'newsroom', label: 'sitesForm.theme.newsroom', help: 'sitesForm.theme.newsroomHelp' },
  { value: 'blog', label: 'sitesForm.theme.blog', help: 'sitesForm.theme.blogHelp' },
  { value: 'captured', label: 'sitesForm.theme.captured', help: 'sitesForm.theme.capturedHelp' },
] as const satisfies readonly { value: Choice; label: string; help: string }[]

/** How the preview looks for this site: a built-in theme, or one captured from the site. */
export function ThemeSection({
  saved,
  theme,
  onTheme,
  onCaptured,
}: ThemeSectionProps): JSX.Element {
  const { t } = useTranslation()
  const [choice, setChoice] = useState<Choice>(theme.kind === 'captured' ? 'captured' : theme.id)
  const capturedBefore = theme.kind === 'captured' ? theme : null
  const [url, setUrl] = useState(capturedBefore?.sourceUrl ?? '')
  const [selector, setSelector] = useState(capturedBefore?.selector ?? '')
  const capturing = useBridgeAction(
    (api, id: string, address: string, region: string) =>
      api.sites.captureTheme({ id, url: address, ...(region ? { selector: region } : {}) }),
    t('sitesForm.theme.captureFailed'),
  )
  const busy = capturing.busy
  const [error, setError] = useState<string | null>(null)
  const [warnings, setWarnings] = useState<readonly string[]>([])
  const [slots, setSlots] = useState<readonly CaptureSlotFinding[]>([])
  const [done, setDone] = useState(false)
  const folder = useBridgeAction((api, id: string) => api.sites.openThemeFolder({ id }))
  const folderError = folder.error

  const choose = (next: Choice): void => {
    setChoice(next)
    if (next !== 'captured') onTheme({ kind: 'builtin', id: next })
    else if (saved?.theme.kind === 'captured') onTheme(saved.theme)
  }

  const capture = async (): Promise<void> => {
    if (!saved) return
    setError(null)
    setWarnings([])
    setSlots([])
    setDone(false)
    if (!isWebAddress(url)) {
      setError(t('sitesForm.theme.addressNeeded'))
      return
    }
    const outcome = await capturing.run(saved.id, url.trim(), selector.trim())
    if (!outcome.ok) {
      setError(t('sitesForm.theme.notChanged', { message: outcome.error }))
      return
    }
    setWarnings(outcome.value.warnings)
    setSlots(outcome.value.slots)
    setDone(true)
    onCaptured(outcome.value.site)
  }

  const openFolder = (): void => {
    if (!saved) return
    void folder.run(saved.id)
  }

  return (
    <fieldset className="ui-site-section" data-testid="site-theme">
      <legend>{t('sitesForm.theme.legend')}</legend>
      <div className="ui-theme-choices" role="radiogroup" aria-label={t('sitesForm.theme.legend')}>
        {CHOICES.map((c) => (
          <label key={c.value} className="ui-theme-choice">
            <input
              type="radio"
              name="site-theme"
              value={c.value}
              checked={choice === c.value}
              data-testid={`site-theme-${c.value}`}
              onChange={() => choose(c.value)}
            />
            <span>
              <span className="ui-theme-choice-label">{t(c.label)}</span>
              <span className="ui-field-help">{t(c.help)}</span>
            </span>
          </label>
        ))}
      </div>
      {choice === 'captured' && (
        <div className="ui-capture-form" data-testid="capture-form">
          {theme.kind === 'captured' && (
            <p className="ui-field-help" data-testid="capture-current">
              <Trans
                i18nKey="sitesForm.theme.inUse"
                values={{ address: theme.sourceUrl, date: formatDateTime(theme.capturedAt) }}
                components={{ address: <span className="ui-mono" /> }}
              />
            </p>
          )}
          {!saved && <p className="ui-field-help">{t('sitesForm.theme.saveFirst')}</p>}
          <div className="ui-field">
            <div className="ui-field-label">
              <label htmlFor="capture-url">{t('sitesForm.theme.articleAddress')}</label>
            </div>
            <input
              id="capture-url"
              className="ui-input"
              type="url"
              spellCheck={false}
              placeholder="https://news.example.com/2024/05/an-article"
              disabled={!saved || busy}
              data-testid="capture-url"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
            />
          </div>
          <div className="ui-field">
            <div className="ui-field-label">
              <label htmlFor="capture-selector">{t('sitesForm.theme.selector')}</label>
            </div>
            <input
              id="capture-selector"
              className="ui-input ui-mono"
              spellCheck={false}
              placeholder={t('sitesForm.theme.selectorPlaceholder')}
              disabled={!saved || busy}
              data-testid="capture-selector"
              value={selector}
              onChange={(e) => setSelector(e.target.value)}
            />
          </div>
          <div className="ui-capture-actions">
            <button
              type="button"
              className="ui-button"
              disabled={!saved || busy || url.trim() === ''}
              aria-busy={busy}
              data-testid="capture-run"
              onClick={() => void capture()}
            >
              {theme.kind === 'captured'
                ? t('sitesForm.theme.captureAgain')
                : t('sitesForm.theme.capture')}
            </button>
            {busy && (
              <span className="ui-hint" role="status" data-testid="capture-progress">
                <span className="ui-spinner" aria-hidden="true" /> {t('sitesForm.theme.capturing')}
              </span>
            )}
          </div>
          {error && (
            <p className="ui-field-error" role="alert" data-testid="capture-error">
              {error}
            </p>
          )}
          {done && warnings.length === 0 && (
            <p className="ui-field-help" role="status" data-testid="capture-done">
              {t('sitesForm.theme.done')}
            </p>
          )}
          {warnings.length > 0 && (
            <div className="ui-capture-warnings" data-testid="capture-warnings">
              <p>{t('sitesForm.theme.missing')}</p>
              <ul>
                {warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </div>
          )}
          {done && saved && slots.length > 0 && (
            <CaptureSlotsPicture siteId={saved.id} slots={slots} />
          )}
        </div>
      )}
      {saved && (
        <div>
          <button
            type="button"
            className="ui-button ui-button-small"
            data-testid="open-theme-folder"
            onClick={openFolder}
          >
            <Icon name="folder" size={14} /> {t('sitesForm.theme.openFolder')}
          </button>
          <div className="ui-field-help">{t('sitesForm.theme.folderHelp')}</div>
          {folderError && <p className="ui-field-error">{folderError}</p>}
        </div>
      )}
    </fieldset>
  )
}
