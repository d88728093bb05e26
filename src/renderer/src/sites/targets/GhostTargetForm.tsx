import type { JSX } from 'react'
import { SecretField } from '../SecretField'
import type { TargetFormProps } from './TargetFormProps'
import { TargetTextField } from './TargetTextField'

/** Ghost: the admin address and an Admin API key. */
export function GhostTargetForm({
  siteId,
  config,
  onChange,
}: TargetFormProps<'ghost'>): JSX.Element {
  return (
    <>
      <TargetTextField
        label="Ghost admin address"
        type="url"
        placeholder="https://example.ghost.io/"
        value={config.adminUrl}
        onChange={(adminUrl) => onChange({ ...config, adminUrl })}
      />
      <SecretField
        siteId={siteId}
        name="adminKey"
        label="Admin API key"
        help="From a custom integration under Settings → Integrations in Ghost."
      />
    </>
  )
}
