import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { SecretField } from '../SecretField'
import type { TargetFormProps } from './TargetFormProps'
import { TargetTextField } from './TargetTextField'

/** Webhook: where articles are sent, and the secret that signs each request. */
export function WebhookTargetForm(props: TargetFormProps<'webhook'>): JSX.Element {
  const { siteId, config, onChange } = props
  const { t } = useTranslation()
  return (
    <>
      <TargetTextField
        label={t('sitesForm.webhook.address')}
        type="url"
        placeholder="https://hooks.example.com/articles"
        testId="target-webhook-url"
        value={config.url}
        onChange={(url) => onChange({ ...config, url })}
      />
      <SecretField
        siteId={siteId}
        name="hmacSecret"
        label={t('sitesForm.webhook.secret')}
        help={t('sitesForm.webhook.secretHelp')}
      />
    </>
  )
}
