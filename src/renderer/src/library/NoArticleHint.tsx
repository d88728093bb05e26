import type { JSX } from 'react'

/** The editor area when the library has articles but none is open. */
export function NoArticleHint({ newShortcut }: { newShortcut: string }): JSX.Element {
  return (
    <div className="center-empty" data-testid="no-article">
      <p className="hint">
        Pick an article from the library, or start a new one
        {newShortcut ? ` with ${newShortcut}` : ''}.
      </p>
    </div>
  )
}
