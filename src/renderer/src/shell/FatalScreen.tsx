import type { JSX } from 'react'

/** Shown instead of the app when it cannot start at all (no library, no bridge). */
export function FatalScreen({ message }: { message: string }): JSX.Element {
  return (
    <div className="ui-fatal" role="alert">
      <h1>Copydesk could not start</h1>
      <p>{message}</p>
      <button
        type="button"
        className="ui-button ui-button-primary"
        onClick={() => location.reload()}
      >
        Try again
      </button>
    </div>
  )
}
