import type { JSX } from 'react'
import { SecretField } from '../SecretField'
import type { TargetFormProps } from './TargetFormProps'
import { TargetTextField } from './TargetTextField'

/** Webhook: where articles are sent, and the secret that signs each request. */
export function WebhookTargetForm(props: TargetFormProps<'webhook'>): JSX.Element {
  const { siteId, config, onChange } = props
  return (
    <>
      <TargetTextField
        label="Webhook address"
        type="url"
        placeholder="https://hooks.example.com/articles"
        testId="target-webhook-url"
        value={config.url}
        onChange={(url) => onChange({ ...config, url })}
      />
      <SecretField
        siteId={siteId}
        name="hmacSecret"
        label="Signing secret"
        help="Each request carries an HMAC signature made with this secret."
      />
    </>
  )
}
