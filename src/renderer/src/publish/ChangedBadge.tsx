import type { JSX } from 'react'

/** Marks an article whose live post shows an older version than the library holds. */
export function ChangedBadge(): JSX.Element {
  return (
    <span
      className="ui-badge ui-badge-changed"
      data-testid="changed-since-publish"
      title="Changed since publish: the site still shows the older version."
    >
      Changed
    </span>
  )
}
