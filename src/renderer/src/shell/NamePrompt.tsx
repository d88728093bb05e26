import { useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from '../ui/Modal'

/** Props of {@link NamePrompt}. */
export interface NamePromptProps {
  /** The person gave their name (trimmed, not empty). */
  onName(name: string): void
  /** Not now: the account name stands in, and Settings can take a name later. */
  onSkip(): void
}

/**
 * Asks, once, what to call the person: their name goes beside their comments and into each
 * article's timeline ("Alex sent it for review"), instead of the computer's account name.
 */
export function NamePrompt({ onName, onSkip }: NamePromptProps): JSX.Element {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const trimmed = name.trim()
  const save = (): void => {
    if (trimmed) onName(trimmed)
  }
  return (
    <Modal
      title={t('namePrompt.title')}
      onClose={onSkip}
      testId="name-prompt"
      footer={
        <>
          <button type="button" className="ui-button" data-testid="name-skip" onClick={onSkip}>
            {t('namePrompt.notNow')}
          </button>
          <button
            type="button"
            className="ui-button ui-button-primary"
            data-testid="name-save"
            disabled={!trimmed}
            onClick={save}
          >
            {t('namePrompt.continue')}
          </button>
        </>
      }
    >
      <p>{t('namePrompt.body')}</p>
      <div className="ui-field">
        <div className="ui-field-label">
          <label htmlFor="name-prompt-input">{t('settings.userName')}</label>
        </div>
        <input
          id="name-prompt-input"
          className="ui-input"
          data-autofocus
          data-testid="name-input"
          placeholder={t('settings.userNamePlaceholder')}
          autoComplete="name"
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && save()}
        />
      </div>
    </Modal>
  )
}
