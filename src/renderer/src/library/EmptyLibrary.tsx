import type { JSX } from 'react'
import { Icon } from '../ui/Icon'

/** The first thing a new library shows: what Copydesk is for and one way to begin. */
export function EmptyLibrary({ onNew, hint }: { onNew(): void; hint: string }): JSX.Element {
  return (
    <div className="center-empty welcome" data-testid="empty-library">
      <div className="welcome-mark" aria-hidden="true">
        <Icon name="doc" size={40} />
      </div>
      <h1>Your library is empty</h1>
      <p>
        Copydesk is where you draft articles offline, fill in their details and keep every version,
        saved as you type.
      </p>
      <button
        type="button"
        className="button button-primary button-large"
        title={hint}
        data-testid="new-article-empty"
        onClick={onNew}
      >
        <Icon name="plus" /> New article
      </button>
    </div>
  )
}
