import { useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, LanguageSchema, resolveLanguage, type Language } from '@shared/i18n/languages'
import type { LibraryInfo } from '@shared/ipc/contract'
import { useBridgeAction } from '../api/useBridgeAction'
import { SitesSettings } from '../sites/SitesSettings'
import { TeamSettings } from '../team/TeamSettings'
import { ConfirmDialog } from '../ui/ConfirmDialog'
import { Modal } from '../ui/Modal'

/** Props of {@link SettingsDialog}. */
export interface SettingsDialogProps {
  userName: string
  libraryPath: string
  onUserName(name: string): void
  /** The language chosen; null follows the system. */
  language: Language | null
  onLanguage(language: Language | null): void
  /** Called before switching libraries; resolves false when open work could not be saved. */
  beforeLibraryChange(): Promise<boolean>
  onLibraryChanged(info: LibraryInfo): void
  /** A site was added, changed or removed. */
  onSitesChanged?(): void
  /** This library joined a team: the library shows Team at once. */
  onTeamJoined?(): void
  /** The tab to open on. */
  initialTab?: SettingsTab
  onClose(): void
}

/** The pages of the settings dialog. */
export type SettingsTab = 'general' | 'sites' | 'team'

/** Your name (for status history), the library folder, and the sites articles are written for. */
export function SettingsDialog(props: SettingsDialogProps): JSX.Element {
  const { t } = useTranslation()
  const [tab, setTab] = useState<SettingsTab>(props.initialTab ?? 'general')
  const [sitesDirty, setSitesDirty] = useState(false)
  // Once opened, the Sites page stays mounted so a half-filled form survives tab switches.
  const [sitesOpened, setSitesOpened] = useState(tab === 'sites')
  const [confirmClose, setConfirmClose] = useState(false)
  const [name, setName] = useState(props.userName)
  const [error, setError] = useState<string | null>(null)
  const chooser = useBridgeAction((api) => api.library.choose(), t('settings.libraryUnusable'))
  const choosing = chooser.busy

  const finish = (): void => {
    if (name.trim() !== props.userName) props.onUserName(name.trim())
    props.onClose()
  }
  const close = (): void => {
    if (sitesDirty) setConfirmClose(true)
    else finish()
  }
  const tabButton = (value: SettingsTab, label: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={tab === value}
      className={tab === value ? 'ui-tab ui-is-selected' : 'ui-tab'}
      data-testid={`settings-tab-${value}`}
      onClick={() => {
        setTab(value)
        if (value === 'sites') setSitesOpened(true)
      }}
    >
      {label}
    </button>
  )

  const choose = async (): Promise<void> => {
    setError(null)
    if (!(await props.beforeLibraryChange())) {
      setError(t('settings.unsavedBlocksSwitch'))
      return
    }
    const outcome = await chooser.run()
    if (!outcome.ok) setError(outcome.error)
    else if (outcome.value) props.onLibraryChanged(outcome.value)
  }

  return (
    <Modal
      title={t('settings.title')}
      onClose={close}
      testId="settings-dialog"
      className={tab === 'sites' ? 'ui-modal-wide' : undefined}
      footer={
        <button type="button" className="ui-button ui-button-primary" onClick={close}>
          {t('settings.done')}
        </button>
      }
    >
      <div className="ui-tabs ui-settings-tabs" role="tablist">
        {tabButton('general', t('settings.tabs.general'))}
        {tabButton('sites', t('settings.tabs.sites'))}
        {tabButton('team', t('settings.tabs.team'))}
      </div>
      <div className="ui-settings-page" role="tabpanel" hidden={tab !== 'general'}>
        <div className="ui-field">
          <div className="ui-field-label">
            <label htmlFor="settings-user-name">{t('settings.userName')}</label>
          </div>
          <input
            id="settings-user-name"
            className="ui-input"
            data-autofocus
            data-testid="settings-user-name"
            placeholder={t('settings.userNamePlaceholder')}
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && close()}
          />
          <div className="ui-field-help">{t('settings.userNameHelp')}</div>
        </div>
        <div className="ui-field">
          <div className="ui-field-label">
            <label htmlFor="settings-language">{t('language.label')}</label>
          </div>
          <select
            id="settings-language"
            className="ui-input"
            data-testid="settings-language"
            value={props.language ?? ''}
            onChange={(e) => {
              const chosen = LanguageSchema.safeParse(e.target.value)
              props.onLanguage(chosen.success ? chosen.data : null)
            }}
          >
            <option value="">
              {t('language.system', {
                language: LANGUAGES[resolveLanguage(null, navigator.languages)],
              })}
            </option>
            {LanguageSchema.options.map((language) => (
              <option key={language} value={language} lang={language}>
                {LANGUAGES[language]}
              </option>
            ))}
          </select>
          <div className="ui-field-help">{t('language.help')}</div>
        </div>
        <div className="ui-field">
          <div className="ui-field-label">
            <span>{t('settings.libraryFolder')}</span>
          </div>
          <div className="ui-path-row">
            <code className="ui-path" data-testid="settings-library-path" title={props.libraryPath}>
              {props.libraryPath}
            </code>
            <button
              type="button"
              className="ui-button"
              disabled={choosing}
              data-testid="settings-choose-library"
              onClick={() => void choose()}
            >
              {t('settings.changeLibrary')}
            </button>
          </div>
          {error && (
            <p className="ui-field-error" role="alert">
              {error}
            </p>
          )}
        </div>
      </div>
      {sitesOpened && (
        <div className="ui-settings-page" role="tabpanel" hidden={tab !== 'sites'}>
          <SitesSettings onChanged={() => props.onSitesChanged?.()} onDirty={setSitesDirty} />
        </div>
      )}
      {tab === 'team' && (
        <div className="ui-settings-page" role="tabpanel">
          <TeamSettings
            userName={name.trim() || props.userName}
            onJoined={() => props.onTeamJoined?.()}
          />
        </div>
      )}
      {confirmClose && (
        <ConfirmDialog
          title={t('settings.discardTitle')}
          confirmLabel={t('settings.discard')}
          danger
          onConfirm={finish}
          onCancel={() => setConfirmClose(false)}
        >
          <p>{t('settings.siteNotSaved')}</p>
        </ConfirmDialog>
      )}
    </Modal>
  )
}
