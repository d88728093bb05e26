import { useId, type JSX } from 'react'
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
  return 'Enter the full address, starting with https://'
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
  const id = useId()
  const problem = addressProblem(config.siteUrl)
  const set = (patch: Partial<WordPressTargetConfig>) => onChange({ ...config, ...patch })

  return (
    <div className="ui-target-fields" data-testid="wordpress-fields">
      <Field
        label="Site address"
        htmlFor={`${id}-url`}
        help={
          problem ? undefined : 'The address of the WordPress site, like https://news.example.com'
        }
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
      <Field label="Username" htmlFor={`${id}-user`}>
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
        label="Application password"
        savedText="Password saved"
        placeholder="xxxx xxxx xxxx xxxx xxxx xxxx"
        testId="wordpress-password"
        mono
        help="Create one in WordPress under Users → Profile → Application Passwords. It is kept in this computer’s keychain."
      />
      <Field label="Publishing" htmlFor={`${id}-status`}>
        <select
          id={`${id}-status`}
          data-testid="wordpress-post-status"
          value={config.postStatus}
          onChange={(e) => set({ postStatus: e.target.value === 'draft' ? 'draft' : 'publish' })}
        >
          <option value="publish">Publish the post (scheduled when dated later)</option>
          <option value="draft">Send it as a draft for review in WordPress</option>
        </select>
      </Field>
      <Field label="Unpublishing" htmlFor={`${id}-unpublish`}>
        <select
          id={`${id}-unpublish`}
          data-testid="wordpress-unpublish"
          value={config.unpublishMode}
          onChange={(e) => set({ unpublishMode: e.target.value === 'remove' ? 'remove' : 'draft' })}
        >
          <option value="draft">Move the post back to draft</option>
          <option value="remove">Move the post to the trash</option>
        </select>
      </Field>
    </div>
  )
}
