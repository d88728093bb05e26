import type { ComponentType, JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { PublishTargetConfig, PublishTargetKind } from '@shared/sites/targets'
import { emptyTargetConfig, TARGET_KINDS } from './targets/targetKinds'
import { targetForms } from './targets/targetForms'
import type { TargetFormProps } from './targets/TargetFormProps'
import { FetchCategoriesButton, TestConnectionButton } from './TestConnectionButton'

/** Props of {@link PublishingSection}. */
export interface PublishingSectionProps {
  siteId: string | null
  target: PublishTargetConfig | null
  onChange(target: PublishTargetConfig | null): void
  error?: string
  /** The form holds changes not saved yet. */
  unsaved?: boolean
  /** Adds categories the site itself lists (fetched from WordPress). */
  onCategories?(categories: string[]): void
}

/** Where articles of this site are published: a kind, then that kind's own settings. */
export function PublishingSection({
  siteId,
  target,
  onChange,
  error,
  unsaved = false,
  onCategories,
}: PublishingSectionProps): JSX.Element {
  const { t } = useTranslation()
  // Each form gets the config of its own kind: the registry is keyed by that same kind.
  const Form = target
    ? (targetForms[target.kind] as unknown as ComponentType<TargetFormProps<PublishTargetKind>>)
    : null
  return (
    <fieldset className="ui-site-section">
      <legend>{t('sitesForm.publishing.legend')}</legend>
      <div className="ui-field">
        <div className="ui-field-label">
          <label htmlFor="site-target-kind">{t('sitesForm.publishing.publishTo')}</label>
        </div>
        <select
          id="site-target-kind"
          className="ui-input"
          data-testid="site-target-kind"
          value={target?.kind ?? ''}
          onChange={(e) => {
            const kind = e.target.value as PublishTargetKind | ''
            onChange(kind === '' ? null : emptyTargetConfig(kind))
          }}
        >
          <option value="">{t('sitesForm.publishing.none')}</option>
          {TARGET_KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
      {Form && target && (
        <Form key={target.kind} siteId={siteId} config={target} onChange={onChange} />
      )}
      {target && <TestConnectionButton siteId={siteId} unsaved={unsaved} />}
      {target?.kind === 'wordpress' && onCategories && (
        <FetchCategoriesButton siteId={siteId} unsaved={unsaved} onCategories={onCategories} />
      )}
      {error && (
        <p className="ui-field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
