import type { JSX } from 'react'
import type { AutosaveController } from '../autosave/AutosaveController'
import { formatTime } from '@shared/format/localeFormat'
import { useStoreValue } from '../store/useStoreValue'

/** "Saved", "Saving…" or "Not saved: <reason>" with a Retry button. */
export function SaveStateLabel({ autosave }: { autosave: AutosaveController }): JSX.Element {
  const state = useStoreValue(autosave.state)
  if (state.kind === 'error') {
    return (
      <span className="ui-save-state ui-is-error" role="alert">
        <span data-testid="save-state">Not saved: {state.message}</span>
        <button
          type="button"
          className="ui-link-button"
          data-testid="save-retry"
          title={`Copydesk also retries by itself every ${Math.round(state.retryInMs / 1000)} s`}
          onClick={() => void autosave.flush()}
        >
          Retry
        </button>
      </span>
    )
  }
  const saved = state.kind === 'saved'
  return (
    <span
      className={saved ? 'ui-save-state ui-is-saved' : 'ui-save-state ui-is-saving'}
      title={saved && state.savedAt ? `Saved at ${formatTime(state.savedAt)}` : undefined}
    >
      <span className="ui-save-dot" aria-hidden="true" />
      <span data-testid="save-state">{saved ? 'Saved' : 'Saving…'}</span>
    </span>
  )
}
