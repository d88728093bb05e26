import type { JSX } from 'react'
import { SecretField } from '../SecretField'
import type { TargetFormProps } from './TargetFormProps'
import { TargetTextField } from './TargetTextField'

/** Git: the repository the site is built from, its branch and who pushes. */
export function GitTargetForm({ siteId, config, onChange }: TargetFormProps<'git'>): JSX.Element {
  return (
    <>
      <TargetTextField
        label="Repository address"
        type="url"
        placeholder="https://git.example.com/site.git"
        testId="target-git-repo"
        value={config.repoUrl}
        onChange={(repoUrl) => onChange({ ...config, repoUrl })}
      />
      <TargetTextField
        label="Branch"
        placeholder="main"
        value={config.branch}
        onChange={(branch) => onChange({ ...config, branch })}
      />
      <TargetTextField
        label="User name"
        value={config.username}
        onChange={(username) => onChange({ ...config, username })}
      />
      <SecretField siteId={siteId} name="token" label="Access token" />
    </>
  )
}
