import type { JSX } from 'react'
import { SecretField } from '../SecretField'
import type { TargetFormProps } from './TargetFormProps'
import { TargetTextField } from './TargetTextField'

/** WordPress: the site's address, a user and that user's application password. */
export function WordPressTargetForm(props: TargetFormProps<'wordpress'>): JSX.Element {
  const { siteId, config, onChange } = props
  return (
    <>
      <TargetTextField
        label="WordPress address"
        type="url"
        placeholder="https://blog.example.com/"
        value={config.siteUrl}
        onChange={(siteUrl) => onChange({ ...config, siteUrl })}
      />
      <TargetTextField
        label="User name"
        value={config.username}
        onChange={(username) => onChange({ ...config, username })}
      />
      <SecretField
        siteId={siteId}
        name="appPassword"
        label="Application password"
        help="Made under Users → Profile → Application Passwords in WordPress."
      />
    </>
  )
}
