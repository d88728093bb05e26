import { useId, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { t as translate } from '@shared/i18n/i18n'
import type { WordPressTargetConfig } from '@shared/sites/targets'
import { Field } from '../../meta/Field'
import { SecretField } from '../SecretField'

/** Props of {@link WordPressTargetFields}. */
export interface WordPressTargetFieldsProps {
  /** Null while the site is not saved yet (secrets need its id). */
  siteId: string | null
  config: WordPressTargetConfig
  onChange(config: WordPressTargetConfig): void
}

function addressProblem(value: string): string | null {
  const trimmed = value.trim()
  if (!trimmed) return null
  try {
    const url = new URL(trimmed)
    if (url.protocol === 'https:' || url.protocol === 'http:') return null
  } catch {
    // fall through
  }
  return translate('sitesForm.wordpress.addressProblem')
}

/**
 * The WordPress part of a site's settings: address, username and the application password
 * (kept in the system keychain, never shown again once saved), and what publish and unpublish
 * do on this site.
 */
export function WordPressTargetFields({
  siteId,
  config,
  onChange,
}: WordPressTargetFieldsProps): JSX.Element {
  const { t } = useTranslation()
  const id = useId()
  const problem = addressProblem(config.siteUrl)
  const set = (patch: Partial<WordPressTargetConfig>) => onChange({ ...config, ...patch })

  return (
    <div className="ui-target-fields" data-testid="wordpress-fields">
      <Field
        label={t('sitesForm.wordpress.address')}
        htmlFor={`${id}-url`}
        help={problem ? undefined : t('sitesForm.wordpress.addressHelp')}
      >
        <input
          id={`${id}-url`}
          className="ui-input"
          data-testid="wordpress-url"
          type="url"
          placeholder="https://"
          spellCheck={false}
          value={config.siteUrl}
          onChange={(e) => set({ siteUrl: e.target.value })}
        />
        {problem && <div className="ui-field-error">{problem}</div>}
      </Field>
      <Field label={t('sitesForm.wordpress.username')} htmlFor={`${id}-user`}>
        <input
          id={`${id}-user`}
          className="ui-input"
          data-testid="wordpress-username"
          autoComplete="off"
          spellCheck={false}
          value={config.username}
          onChange={(e) => set({ username: e.target.value })}
        />
      </Field>
      <SecretField
        siteId={siteId}
        name="appPassword"
        label={t('sitesForm.wordpress.password')}
        savedText={t('sitesForm.wordpress.passwordSaved')}
        placeholder="xxxx xxxx xxxx xxxx xxxx xxxx"
        testId="wordpress-password"
        mono
        help={t('sitesForm.wordpress.passwordHelp')}
      />
      <Field label={t('sitesForm.wordpress.publishing')} htmlFor={`${id}-status`}>
        <select
          id={`${id}-status`}
          data-testid="wordpress-post-status"
          value={config.postStatus}
          onChange={(e) => set({ postStatus: e.target.value === 'draft' ? 'draft' : 'publish' })}
        >
          <option value="publish">{t('sitesForm.wordpress.publish')}</option>
          <option value="draft">{t('sitesForm.wordpress.draft')}</option>
        </select>
      </Field>
      <Field label={t('sitesForm.wordpress.unpublishing')} htmlFor={`${id}-unpublish`}>
        <select
          id={`${id}-unpublish`}
          data-testid="wordpress-unpublish"
          value={config.unpublishMode}
          onChange={(e) => set({ unpublishMode: e.target.value === 'remove' ? 'remove' : 'draft' })}
        >
          <option value="draft">{t('sitesForm.wordpress.backToDraft')}</option>
          <option value="remove">{t('sitesForm.wordpress.toTrash')}</option>
        </select>
      </Field>
    </div>
  )
}
