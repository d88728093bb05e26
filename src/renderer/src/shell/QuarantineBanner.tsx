import type { JSX } from 'react'
import type { QuarantineNotice } from '@shared/ipc/contract'
import { Icon } from '../ui/Icon'

/** A reason as a clause: main's messages may already end with a full stop. */
const clause = (reason: string): string => reason.trim().replace(/[.\s]+$/, '')

/** The banner's sentence. */
function describe(notices: QuarantineNotice[]): string {
  const [only] = notices
  if (notices.length === 1 && only) {
    return `1 article could not be opened and was moved aside: ${clause(only.reason)}. Its file is kept in ${only.movedTo}.`
  }
  return `${notices.length} articles could not be opened and were moved aside. Their files are kept in the library's quarantine folder:`
}

/** Tells, once, which files could not be read; the rest of the library works as usual. */
export function QuarantineBanner(props: {
  notices: QuarantineNotice[]
  onDismiss(): void
}): JSX.Element {
  const { notices, onDismiss } = props
  return (
    <div className="ui-banner ui-banner-warning" role="alert" data-testid="quarantine-banner">
      <Icon name="alert" />
      <div className="ui-banner-text">
        <p>{describe(notices)}</p>
        {notices.length > 1 && (
          <ul>
            {notices.map((n) => (
              <li key={n.movedTo}>
                {n.file}: {clause(n.reason)} (kept in {n.movedTo})
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
        Dismiss
      </button>
    </div>
  )
}
