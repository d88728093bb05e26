import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { t } from '@shared/i18n/i18n'
import type { QuarantineNotice } from '@shared/ipc/contract'
import { Icon } from '../ui/Icon'

/** A reason as a clause: main's messages may already end with a full stop. */
const clause = (reason: string): string => reason.trim().replace(/[.\s]+$/, '')

/** The banner's sentence. */
function describe(notices: QuarantineNotice[]): string {
  const [only] = notices
  if (notices.length === 1 && only) {
    return t('screens.quarantine.one', { reason: clause(only.reason), movedTo: only.movedTo })
  }
  return t('screens.quarantine.many', { count: notices.length })
}

/** Tells, once, which files could not be read; the rest of the library works as usual. */
export function QuarantineBanner(props: {
  notices: QuarantineNotice[]
  onDismiss(): void
}): JSX.Element {
  const { notices, onDismiss } = props
  const { t: translate } = useTranslation()
  return (
    <div className="ui-banner ui-banner-warning" role="alert" data-testid="quarantine-banner">
      <Icon name="alert" />
      <div className="ui-banner-text">
        <p>{describe(notices)}</p>
        {notices.length > 1 && (
          <ul>
            {notices.map((n) => (
              <li key={n.movedTo}>
                {translate('screens.quarantine.item', {
                  file: n.file,
                  reason: clause(n.reason),
                  movedTo: n.movedTo,
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
      <button
        type="button"
        className="ui-button ui-button-small"
        data-testid="quarantine-dismiss"
        onClick={onDismiss}
      >
        {translate('common.dismiss')}
      </button>
    </div>
  )
}
