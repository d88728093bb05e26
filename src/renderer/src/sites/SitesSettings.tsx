import { useCallback, useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { useBridgeAction } from '../api/useBridgeAction'
import { useBridgeQuery } from '../api/useBridgeQuery'
import { ConfirmDialog } from '../ui/ConfirmDialog'
import { Icon } from '../ui/Icon'
import { SiteForm } from './SiteForm'

/** Props of {@link SitesSettings}. */
export interface SitesSettingsProps {
  /** A site was added, changed or removed. */
  onChanged(): void
  /** Whether the open form holds unsaved changes. */
  onDirty(dirty: boolean): void
}

type Selection = { kind: 'site'; id: string } | { kind: 'new' } | null

/** Settings → Sites: the list of sites on the left, the chosen one's form on the right. */
export function SitesSettings({ onChanged, onDirty }: SitesSettingsProps): JSX.Element {
  const { t } = useTranslation()
  const loaded = useBridgeQuery([], (api) => api.sites.list(), {
    fallback: t('sites.loadFailed'),
  })
  const sites = loaded.data
  /** Undefined until the person chooses: then the first site is shown. */
  const [chosen, setSelection] = useState<Selection | undefined>(undefined)
  const first = sites?.[0]
  const selection: Selection =
    chosen !== undefined ? chosen : first ? { kind: 'site', id: first.id } : null
  const [pending, setPending] = useState<Selection | undefined>(undefined)
  const [dirty, setDirty] = useState(false)
  const [removing, setRemoving] = useState<SiteProfile | null>(null)
  const removal = useBridgeAction(
    (api, id: string) => api.sites.remove({ id }),
    t('sites.removeFailed'),
  )
  const removeError = removal.error

  const reportDirty = useCallback(
    (value: boolean) => {
      setDirty(value)
      onDirty(value)
    },
    [onDirty],
  )

  const select = (next: Selection): void => {
    if (dirty) setPending(next)
    else setSelection(next)
  }

  const saved = (site: SiteProfile): void => {
    const list = sites ?? []
    const index = list.findIndex((s) => s.id === site.id)
    loaded.set(index < 0 ? [...list, site] : list.map((s) => (s.id === site.id ? site : s)))
    setSelection({ kind: 'site', id: site.id })
    onChanged()
  }

  const remove = async (site: SiteProfile): Promise<void> => {
    setRemoving(null)
    if (!(await removal.run(site.id)).ok) return
    const rest = (sites ?? []).filter((s) => s.id !== site.id)
    loaded.set(rest)
    reportDirty(false)
    setSelection(rest[0] ? { kind: 'site', id: rest[0].id } : null)
    onChanged()
  }

  if (loaded.error) return <p className="ui-field-error">{loaded.error}</p>
  if (!sites) return <p className="ui-hint">{t('sites.loading')}</p>

  const current = selection?.kind === 'site' ? sites.find((s) => s.id === selection.id) : undefined
  const formKey = selection?.kind === 'site' ? selection.id : 'new'

  return (
    <div className="ui-sites-settings" data-testid="sites-settings">
      <div className="ui-sites-list">
        <div className="ui-sites-options" role="listbox" aria-label={t('sitesForm.list')}>
          {sites.map((s) => (
            <button
              key={s.id}
              type="button"
              role="option"
              aria-selected={current?.id === s.id}
              className={current?.id === s.id ? 'ui-site-item ui-is-selected' : 'ui-site-item'}
              data-testid="site-item"
              data-id={s.id}
              onClick={() => select({ kind: 'site', id: s.id })}
            >
              <span className="ui-site-item-name">{s.name}</span>
              <span className="ui-site-item-url">{s.url.replace(/^https?:\/\//, '')}</span>
            </button>
          ))}
          {selection?.kind === 'new' && (
            <div className="ui-site-item ui-is-selected" aria-selected="true" role="option">
              <span className="ui-site-item-name">{t('sites.newSite')}</span>
            </div>
          )}
        </div>
        <button
          type="button"
          className="ui-button ui-button-small ui-sites-add"
          data-testid="site-add"
          onClick={() => select({ kind: 'new' })}
        >
          <Icon name="plus" size={14} /> {t('sites.addSite')}
        </button>
      </div>
      <div className="ui-sites-detail">
        {removeError && (
          <p className="ui-field-error" role="alert">
            {removeError}
          </p>
        )}
        {selection === null || (selection.kind === 'site' && !current) ? (
          <div className="ui-sites-empty" data-testid="sites-empty">
            <p>{t('sites.empty')}</p>
            <button
              type="button"
              className="ui-button ui-button-primary"
              onClick={() => select({ kind: 'new' })}
            >
              {t('sites.addASite')}
            </button>
          </div>
        ) : (
          <SiteForm
            key={formKey}
            saved={current ?? null}
            onSaved={saved}
            onRemove={setRemoving}
            onDirty={reportDirty}
          />
        )}
      </div>
      {removing && (
        <ConfirmDialog
          title={t('sites.removeTitle', { name: removing.name })}
          confirmLabel={t('sites.removeConfirm')}
          danger
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        >
          <p>{t('sites.removeText')}</p>
        </ConfirmDialog>
      )}
      {pending !== undefined && (
        <ConfirmDialog
          title={t('sites.discardTitle')}
          confirmLabel={t('sites.discard')}
          danger
          onConfirm={() => {
            reportDirty(false)
            setSelection(pending)
            setPending(undefined)
          }}
          onCancel={() => setPending(undefined)}
        >
          <p>{t('sites.notSaved')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}
