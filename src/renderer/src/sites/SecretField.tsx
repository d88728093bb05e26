import { useContext, useId, useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { SecretName } from '@shared/ipc/channels/sites'
import { useBridgeAction } from '../api/useBridgeAction'
import { useBridgeQuery } from '../api/useBridgeQuery'
import { Field } from '../meta/Field'
import { PendingSecretsContext } from './PendingSecrets'

/** Props of {@link SecretField}. */
export interface SecretFieldProps {
  /** Null while the site is not saved yet: secrets belong to a saved site. */
  siteId: string | null
  name: SecretName
  label: string
  /** A line of help: where to find this secret. */
  help?: string
  /** What the empty box shows before anything is saved. */
  placeholder?: string
  /** Said beside the label once a secret is saved; defaults to “Saved”. */
  savedText?: string
  /** The button's words before anything is saved; defaults to “Save”. */
  saveLabel?: string
  /** Test id of the box; the button, badge and warnings add `-save`, `-saved`, `-warning`… */
  testId?: string
  /** Shows the box in the monospaced face (keys that are read character by character). */
  mono?: boolean
}

/**
 * The one way to enter a password, token or key: typed into a password box and stored by main
 * in the secret store. It is never read back; the field only shows whether one is saved. Where
 * the computer has no keychain it says so, and saving asks first, since the secret would be
 * stored with weak protection.
 */
export function SecretField(props: SecretFieldProps): JSX.Element {
  const { siteId, name, label, help, placeholder = '', mono = false } = props
  const { t } = useTranslation()
  const {
    savedText = t('sitesForm.secret.saved'),
    saveLabel = t('sitesForm.secret.save'),
    testId = `secret-${name}`,
  } = props
  const id = useId()
  const [value, setValue] = useState('')
  const [confirming, setConfirming] = useState(false)
  // A new site's form keeps the secret until the site exists, then stores it.
  const pending = useContext(PendingSecretsContext)
  const waiting = siteId === null && pending !== null
  // Once the site exists its form has stored what was typed: the box empties.
  const [typedFor, setTypedFor] = useState(siteId)
  if (typedFor !== siteId) {
    setTypedFor(siteId)
    setValue('')
  }
  const status = useBridgeQuery(
    [siteId, name],
    async (api) => {
      if (siteId === null) return { saved: false, protection: null }
      const [names, protection] = await Promise.all([
        api.sites.savedSecrets({ id: siteId }),
        api.sites.secretProtection(),
      ])
      return { saved: names.includes(name), protection }
    },
    { fallback: t('sitesForm.secret.statusFailed', { label }) },
  )
  const saving = useBridgeAction(
    (api, id: string, secret: string) => api.sites.saveSecret({ id, name, value: secret }),
    t('sitesForm.secret.saveFailed', { label }),
  )
  const saved = status.data?.saved ?? false
  const protection = status.data?.protection ?? null
  const unavailable = protection === 'unavailable'
  const secret = value.trim()

  const store = async (): Promise<void> => {
    if (siteId === null || secret === '') return
    setConfirming(false)
    const outcome = await saving.run(siteId, secret)
    if (!outcome.ok) return
    setValue('')
    status.set({ saved: true, protection })
  }
  const save = (): void => {
    if (waiting) return
    if (siteId === null || secret === '' || saving.busy) return
    if (protection === 'basic_text') setConfirming(true)
    else void store()
  }

  const error = saving.error ?? status.error
  return (
    <Field
      label={label}
      htmlFor={id}
      aside={
        saved ? (
          <span className="ui-secret-saved" data-testid={`${testId}-saved`}>
            {savedText}
          </span>
        ) : undefined
      }
      help={
        waiting
          ? `${t('sitesForm.secret.keptUntilAdded')} ${help ?? ''}`.trim()
          : siteId === null
            ? t('sitesForm.secret.saveSiteFirst')
            : help
      }
    >
      {/* Not a <form>: this sits inside the site's form, and forms do not nest. */}
      <div className="ui-secret-row" data-testid={`${testId}-field`}>
        <input
          id={id}
          className={mono ? 'ui-input ui-mono' : 'ui-input'}
          type="password"
          autoComplete="new-password"
          spellCheck={false}
          placeholder={saved ? t('sitesForm.secret.replace') : placeholder}
          disabled={(siteId === null && !waiting) || unavailable || saving.busy}
          data-testid={testId}
          value={value}
          onChange={(e) => {
            setValue(e.target.value)
            setConfirming(false)
            if (waiting) pending.set(name, e.target.value.trim())
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return
            e.preventDefault()
            save()
          }}
        />
        {!waiting && (
          <button
            type="button"
            className="ui-button"
            disabled={siteId === null || secret === '' || unavailable || saving.busy}
            data-testid={`${testId}-save`}
            onClick={save}
          >
            {saving.busy ? t('sitesForm.secret.saving') : saveLabel}
          </button>
        )}
      </div>
      {protection === 'basic_text' && !confirming && (
        <div className="ui-field-help" data-testid={`${testId}-warning`}>
          {t('sitesForm.secret.obfuscated')}
        </div>
      )}
      {confirming && (
        <div className="ui-secret-warning" role="alertdialog" data-testid={`${testId}-confirm`}>
          <p>{t('sitesForm.secret.weak')}</p>
          <div className="ui-secret-warning-actions">
            <button
              type="button"
              className="ui-button ui-button-small"
              onClick={() => setConfirming(false)}
            >
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="ui-button ui-button-small ui-button-danger"
              data-testid={`${testId}-confirm-ok`}
              onClick={() => void store()}
            >
              {t('sitesForm.secret.storeAnyway')}
            </button>
          </div>
        </div>
      )}
      {unavailable && <p className="ui-field-error">{t('sitesForm.secret.unavailable')}</p>}
      {error && (
        <p className="ui-field-error" role="alert">
          {error}
        </p>
      )}
    </Field>
  )
}
