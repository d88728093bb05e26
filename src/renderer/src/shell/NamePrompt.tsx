import { useState, type JSX } from 'react'
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
  const [name, setName] = useState('')
  const trimmed = name.trim()
  const save = (): void => {
    if (trimmed) onName(trimmed)
  }
  return (
    <Modal
      title="What should Copydesk call you?"
      onClose={onSkip}
      testId="name-prompt"
      footer={
        <>
          <button type="button" className="ui-button" data-testid="name-skip" onClick={onSkip}>
            Not now
          </button>
          <button
            type="button"
            className="ui-button ui-button-primary"
            data-testid="name-save"
            disabled={!trimmed}
            onClick={save}
          >
            Continue
          </button>
        </>
      }
    >
      <p>
        Your name goes beside your comments and in each article’s timeline, so reviewers know who
        sent what. You can change it any time in Settings.
      </p>
      <div className="ui-field">
        <div className="ui-field-label">
          <label htmlFor="name-prompt-input">Your name</label>
        </div>
        <input
          id="name-prompt-input"
          className="ui-input"
          data-autofocus
          data-testid="name-input"
          placeholder="e.g. Alex Morgan"
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
