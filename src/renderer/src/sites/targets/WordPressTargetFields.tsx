import './TargetFields.css'
import { useEffect, useId, useState, type JSX } from 'react'
import type { WordPressTargetConfig } from '@shared/sites/targets'
import { copydesk } from '../../api/copydesk'
import { messageOf } from '../../api/messageOf'
import { Field } from '../../meta/Field'

/** Props of {@link WordPressTargetFields}. */
export interface WordPressTargetFieldsProps {
  /** Null while the site is not saved yet (secrets need its id). */
  siteId: string | null
  config: WordPressTargetConfig
  onChange(config: WordPressTargetConfig): void
}

type Protection = 'os' | 'basic_text' | 'unavailable' | null

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
  const [password, setPassword] = useState('')
  /** The site whose password is known to be saved. */
  const [savedFor, setSavedFor] = useState<string | null>(null)
  const saved = siteId !== null && savedFor === siteId
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [protection, setProtection] = useState<Protection>(null)

  useEffect(() => {
    let live = true
    if (!siteId) return
    const api = copydesk().sites
    Promise.all([api.savedSecrets({ id: siteId }), api.secretProtection(undefined)]).then(
      ([names, how]) => {
        if (!live) return
        setSavedFor(names.includes('appPassword') ? siteId : null)
        setProtection(how)
      },
      (e: unknown) => live && setError(messageOf(e, 'Could not read the saved password.')),
    )
    return () => {
      live = false
    }
  }, [siteId])

  const save = async () => {
    if (!siteId || !password.trim() || saving) return
    setSaving(true)
    setError(null)
    try {
      await copydesk().sites.saveSecret({ id: siteId, name: 'appPassword', value: password.trim() })
      setPassword('')
      setSavedFor(siteId)
    } catch (e) {
      setError(messageOf(e, 'Could not save the password.'))
    } finally {
      setSaving(false)
    }
  }

  const problem = addressProblem(config.siteUrl)
  const set = (patch: Partial<WordPressTargetConfig>) => onChange({ ...config, ...patch })

  return (
    <div className="target-fields" data-testid="wordpress-fields">
      <Field
        label="Site address"
        htmlFor={`${id}-url`}
        help={
          problem ? undefined : 'The address of the WordPress site, like https://news.example.com'
        }
      >
        <input
          id={`${id}-url`}
          className="input"
          data-testid="wordpress-url"
          type="url"
          placeholder="https://"
          spellCheck={false}
          value={config.siteUrl}
          onChange={(e) => set({ siteUrl: e.target.value })}
        />
        {problem && <div className="field-error">{problem}</div>}
      </Field>
      <Field label="Username" htmlFor={`${id}-user`}>
        <input
          id={`${id}-user`}
          className="input"
          data-testid="wordpress-username"
          autoComplete="off"
          spellCheck={false}
          value={config.username}
          onChange={(e) => set({ username: e.target.value })}
        />
      </Field>
      <Field
        label="Application password"
        htmlFor={`${id}-password`}
        aside={
          saved ? (
            <span className="length-hint" data-testid="wordpress-password-saved">
              Password saved
            </span>
          ) : undefined
        }
        help={
          siteId
            ? 'Create one in WordPress under Users → Profile → Application Passwords. It is kept in this computer’s keychain.'
            : 'Save the site first, then add its application password.'
        }
      >
        {/* Not a <form>: this sits inside the site's form, and forms do not nest. */}
        <div className="secret-row">
          <input
            id={`${id}-password`}
            className="input mono"
            data-testid="wordpress-password"
            type="password"
            autoComplete="new-password"
            placeholder={
              saved ? 'Enter a new password to replace it' : 'xxxx xxxx xxxx xxxx xxxx xxxx'
            }
            disabled={!siteId}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                void save()
              }
            }}
          />
          <button
            type="button"
            className="button"
            data-testid="wordpress-password-save"
            disabled={!siteId || !password.trim() || saving}
            onClick={() => void save()}
          >
            {saving ? 'Saving…' : saved ? 'Replace' : 'Save'}
          </button>
        </div>
        {protection === 'basic_text' && (
          <div className="field-help" data-testid="wordpress-password-warning">
            This computer has no keychain: the password will be stored only obfuscated on disk.
          </div>
        )}
        {error && (
          <div className="field-error" role="alert">
            {error}
          </div>
        )}
      </Field>
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
