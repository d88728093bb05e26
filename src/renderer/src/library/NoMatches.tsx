import { useTranslation } from 'react-i18next'
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
  const { t } = useTranslation()
  const query = filter.query.trim()
  return (
    <div className="ui-list-empty" data-testid="no-matches">
      <p>{query ? t('library.noMatchesFor', { query }) : t('library.noMatches')}</p>
      <button type="button" className="ui-button" data-testid="clear-filter" onClick={onClear}>
        {t('library.clearFilter')}
      </button>
    </div>
  )
}
