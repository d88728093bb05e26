import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'

/** Shown instead of the app when it cannot start at all (no library, no bridge). */
export function FatalScreen({ message }: { message: string }): JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="ui-fatal" role="alert">
      <h1>{t('screens.fatal.title')}</h1>
      <p>{message}</p>
      <button
        type="button"
        className="ui-button ui-button-primary"
        onClick={() => location.reload()}
      >
        {t('screens.fatal.tryAgain')}
      </button>
    </div>
  )
}
