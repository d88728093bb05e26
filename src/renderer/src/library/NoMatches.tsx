import type { JSX } from 'react'
import type { ListFilter } from './ListFilter'

/** Shown when a search or filter leaves nothing; one click gets the whole library back. */
export function NoMatches({
  filter,
  onClear,
}: {
  filter: ListFilter
  onClear(): void
}): JSX.Element {
  const query = filter.query.trim()
  return (
    <div className="list-empty" data-testid="no-matches">
      <p>{query ? `No articles match “${query}”.` : 'No articles match these filters.'}</p>
      <button type="button" className="button" data-testid="clear-filter" onClick={onClear}>
        Clear filter
      </button>
    </div>
  )
}
