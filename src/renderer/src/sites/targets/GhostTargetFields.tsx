import { useEffect, useState, type JSX } from 'react'
import type { GhostTargetConfig } from '@shared/sites/targets'
import { copydesk } from '../../api/copydesk'
import { messageOf } from '../../api/messageOf'
import { Field } from '../../meta/Field'

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
  const [key, setKey] = useState('')
  const [saved, setSaved] = useState(false)
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  })

  useEffect(() => {
    if (!siteId) return
    let live = true
    copydesk()
      .sites.savedSecrets({ id: siteId })
      .then((names) => live && setSaved(names.includes('adminKey')))
      .catch(() => {})
    return () => {
      live = false
    }
  }, [siteId])

  const saveKey = async () => {
    if (!siteId || key.trim() === '') return
    setState({ busy: true, error: null })
    try {
      const protection = await copydesk().sites.secretProtection()
      if (
        protection === 'basic_text' &&
        !window.confirm(
          'This computer has no keyring, so the key would be stored with weak protection. Save it anyway?',
        )
      ) {
        setState({ busy: false, error: null })
        return
      }
      await copydesk().sites.saveSecret({ id: siteId, name: 'adminKey', value: key.trim() })
      setKey('')
      setSaved(true)
      setState({ busy: false, error: null })
    } catch (error) {
      setState({ busy: false, error: messageOf(error, 'The key could not be saved.') })
    }
  }

  return (
    <>
      <Field
        label="Ghost admin address"
        htmlFor="ghost-admin-url"
        help="The address you open Ghost admin on, without /ghost."
      >
        <input
          id="ghost-admin-url"
          className="input"
          data-testid="ghost-admin-url"
          type="url"
          placeholder="https://news.example.com"
          value={config.adminUrl}
          onChange={(e) => onChange({ ...config, adminUrl: e.target.value })}
        />
      </Field>
      <Field
        label="Admin API key"
        htmlFor="ghost-admin-key"
        aside={saved ? <span data-testid="ghost-key-saved">Key saved</span> : undefined}
        help="Ghost → Settings → Integrations → Add custom integration → Admin API key."
      >
        <div className="path-row">
          <input
            id="ghost-admin-key"
            className="input mono"
            data-testid="ghost-admin-key"
            type="password"
            autoComplete="off"
            placeholder={saved ? '•••••••• (saved; paste a new key to replace it)' : 'id:secret'}
            value={key}
            disabled={!siteId || state.busy}
            onChange={(e) => setKey(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void saveKey()
            }}
          />
          <button
            type="button"
            className="button"
            disabled={!siteId || key.trim() === '' || state.busy}
            onClick={() => void saveKey()}
          >
            Save key
          </button>
        </div>
        {!siteId && <div className="field-help">Save the site first, then paste its key.</div>}
        {state.error && (
          <p className="field-error" role="alert">
            {state.error}
          </p>
        )}
      </Field>
    </>
  )
}
