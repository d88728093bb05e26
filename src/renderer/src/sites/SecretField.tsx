import { useEffect, useId, useState, type JSX } from 'react'
import type { SecretName } from '@shared/ipc/channels/sites'
import { copydesk } from '../api/copydesk'
import { messageOf } from '../api/messageOf'

/** Props of {@link SecretField}. */
export interface SecretFieldProps {
  /** Null while the site is not saved yet: secrets belong to a saved site. */
  siteId: string | null
  name: SecretName
  label: string
  help?: string
}

type Protection = 'os' | 'basic_text' | 'unavailable'

/**
 * A password, token or key: typed into a password box and stored by main in the secret store.
 * It is never read back; the field only shows whether one is saved. Where the computer has no
 * keyring, saving asks first, since the secret would be stored with weak protection.
 */
export function SecretField({ siteId, name, label, help }: SecretFieldProps): JSX.Element {
  const id = useId()
  const [value, setValue] = useState('')
  const [saved, setSaved] = useState(false)
  const [protection, setProtection] = useState<Protection | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (siteId === null) return
    let current = true
    Promise.all([
      copydesk().sites.savedSecrets({ id: siteId }),
      copydesk().sites.secretProtection(),
    ])
      .then(([names, level]) => {
        if (!current) return
        setSaved(names.includes(name))
        setProtection(level)
      })
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [siteId, name])

  const store = async (): Promise<void> => {
    if (siteId === null || value === '') return
    setConfirming(false)
    setBusy(true)
    setError(null)
    try {
      await copydesk().sites.saveSecret({ id: siteId, name, value })
      setValue('')
      setSaved(true)
    } catch (failure) {
      setError(messageOf(failure, `The ${label.toLowerCase()} could not be saved.`))
    } finally {
      setBusy(false)
    }
  }

  const save = (): void => {
    if (protection === 'basic_text') setConfirming(true)
    else void store()
  }

  if (siteId === null) {
    return (
      <div className="field">
        <div className="field-label">
          <span>{label}</span>
        </div>
        <p className="field-help">Save the site first, then enter the {label.toLowerCase()}.</p>
      </div>
    )
  }

  const unavailable = protection === 'unavailable'
  return (
    <div className="field" data-testid={`secret-${name}`}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {saved && (
          <span className="secret-saved" data-testid={`secret-${name}-saved`}>
            Saved
          </span>
        )}
      </div>
      <div className="path-row">
        <input
          id={id}
          className="input"
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder={saved ? 'Enter a new one to replace it' : ''}
          disabled={unavailable || busy}
          data-testid={`secret-${name}-input`}
          value={value}
          onChange={(e) => {
            setValue(e.target.value)
            setConfirming(false)
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return
            e.preventDefault()
            save()
          }}
        />
        <button
          type="button"
          className="button"
          disabled={value === '' || unavailable || busy}
          data-testid={`secret-${name}-save`}
          onClick={save}
        >
          {busy ? 'Saving…' : saved ? 'Replace' : 'Save'}
        </button>
      </div>
      {confirming && (
        <div className="secret-warning" role="alertdialog" data-testid={`secret-${name}-confirm`}>
          <p>
            This computer has no keyring; the secret will be stored with weak protection. Anyone who
            can read your files could recover it.
          </p>
          <div className="secret-warning-actions">
            <button
              type="button"
              className="button button-small"
              onClick={() => setConfirming(false)}
            >
              Cancel
            </button>
            <button
              type="button"
              className="button button-small button-danger"
              data-testid={`secret-${name}-confirm-ok`}
              onClick={() => void store()}
            >
              Store anyway
            </button>
          </div>
        </div>
      )}
      {unavailable && <p className="field-error">Secrets cannot be stored on this computer.</p>}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {help && <div className="field-help">{help}</div>}
    </div>
  )
}
