import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { GhostTargetConfig } from '@shared/sites/targets'
import { Field } from '../../meta/Field'
import { SecretField } from '../SecretField'

/** Props of {@link GhostTargetFields}. */
export interface GhostTargetFieldsProps {
  /** Null while the site is being created: the key can be saved once it exists. */
  siteId: string | null
  config: GhostTargetConfig
  onChange(config: GhostTargetConfig): void
}

/**
 * Ghost: where its admin lives and the integration's Admin API key. The key is sent to the
 * main side once and kept there, encrypted; this form only learns that one is saved.
 */
export function GhostTargetFields({
  siteId,
  config,
  onChange,
}: GhostTargetFieldsProps): JSX.Element {
  const { t } = useTranslation()
  return (
    <>
      <Field
        label={t('sitesForm.ghost.address')}
        htmlFor="ghost-admin-url"
        help={t('sitesForm.ghost.addressHelp')}
      >
        <input
          id="ghost-admin-url"
          className="ui-input"
          data-testid="ghost-admin-url"
          type="url"
          placeholder="https://news.example.com"
          value={config.adminUrl}
          onChange={(e) => onChange({ ...config, adminUrl: e.target.value })}
        />
      </Field>
      <SecretField
        siteId={siteId}
        name="adminKey"
        label={t('sitesForm.ghost.key')}
        savedText={t('sitesForm.ghost.keySaved')}
        saveLabel={t('sitesForm.ghost.saveKey')}
        placeholder="id:secret"
        testId="ghost-admin-key"
        mono
        help={t('sitesForm.ghost.keyHelp')}
      />
    </>
  )
}
