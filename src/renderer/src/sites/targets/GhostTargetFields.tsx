import type { JSX } from 'react'
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
  return (
    <>
      <Field
        label="Ghost admin address"
        htmlFor="ghost-admin-url"
        help="The address you open Ghost admin on, without /ghost."
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
        label="Admin API key"
        savedText="Key saved"
        saveLabel="Save key"
        placeholder="id:secret"
        testId="ghost-admin-key"
        mono
        help="Ghost → Settings → Integrations → Add custom integration → Admin API key."
      />
    </>
  )
}
