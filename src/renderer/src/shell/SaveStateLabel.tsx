import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { AutosaveController } from '../autosave/AutosaveController'
import { formatNumber, formatTime } from '@shared/format/localeFormat'
import { useStoreValue } from '../store/useStoreValue'

/** "Saved", "Saving…" or "Not saved: <reason>" with a Retry button. */
export function SaveStateLabel({ autosave }: { autosave: AutosaveController }): JSX.Element {
  const state = useStoreValue(autosave.state)
  const { t } = useTranslation()
  if (state.kind === 'error') {
    return (
      <span className="ui-save-state ui-is-error" role="alert">
        <span data-testid="save-state">{t('shell.save.notSaved', { message: state.message })}</span>
        <button
          type="button"
          className="ui-link-button"
          data-testid="save-retry"
          title={t('shell.save.retryHint', {
            seconds: formatNumber(Math.round(state.retryInMs / 1000)),
          })}
          onClick={() => void autosave.flush()}
        >
          {t('shell.save.retry')}
        </button>
      </span>
    )
  }
  const saved = state.kind === 'saved'
  return (
    <span
      className={saved ? 'ui-save-state ui-is-saved' : 'ui-save-state ui-is-saving'}
      title={
        saved && state.savedAt
          ? t('shell.save.savedAt', { time: formatTime(state.savedAt) })
          : undefined
      }
    >
      <span className="ui-save-dot" aria-hidden="true" />
      <span data-testid="save-state">{saved ? t('shell.save.saved') : t('shell.save.saving')}</span>
    </span>
  )
}
