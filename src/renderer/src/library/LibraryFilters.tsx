import type { JSX, Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { ARTICLE_STATUSES } from '@shared/article/ArticleStatus'
import { articleStatusLabel } from '@shared/article/articleStatusLabel'
import type { Facets } from '@shared/ipc/contract'
import { Icon } from '../ui/Icon'
import type { ListFilter } from './ListFilter'

/** Props of {@link LibraryFilters}. */
export interface LibraryFiltersProps {
  filter: ListFilter
  facets: Facets
  searchRef?: Ref<HTMLInputElement>
  searchHint: string
  onChange(update: (filter: ListFilter) => ListFilter): void
  /** ↓ from the search box moves into the list. */
  onLeaveDown(): void
}

/** Keeps a chosen value selectable even after it left the facets (e.g. last use removed). */
function withCurrent(values: string[], current: string): string[] {
  return current && !values.includes(current) ? [current, ...values] : values
}

/** Search box and the status / category / tag filters above the library list. */
export function LibraryFilters({
  filter,
  facets,
  searchRef,
  searchHint,
  onChange,
  onLeaveDown,
}: LibraryFiltersProps): JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="ui-library-filters">
      <label className="ui-search-box">
        <Icon name="search" />
        <input
          ref={searchRef}
          type="search"
          placeholder={t('shell.search.placeholder')}
          title={searchHint}
          aria-label={t('shell.search.label')}
          data-testid="library-search"
          value={filter.query}
          onChange={(e) => {
            const query = e.target.value
            onChange((f) => ({ ...f, query }))
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && filter.query) {
              e.preventDefault()
              onChange((f) => ({ ...f, query: '' }))
            } else if (e.key === 'ArrowDown') {
              e.preventDefault()
              onLeaveDown()
            }
          }}
        />
      </label>
      <div className="ui-filter-row">
        <select
          aria-label={t('shell.filters.byStatus')}
          data-testid="filter-status"
          className={filter.status ? 'ui-has-value' : undefined}
          value={filter.status}
          onChange={(e) => {
            const status = e.target.value as ListFilter['status']
            onChange((f) => ({ ...f, status }))
          }}
        >
          <option value="">{t('shell.filters.status')}</option>
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {articleStatusLabel(s)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('shell.filters.byCategory')}
          data-testid="filter-category"
          className={filter.category ? 'ui-has-value' : undefined}
          title={filter.category || undefined}
          value={filter.category}
          onChange={(e) => {
            const category = e.target.value
            onChange((f) => ({ ...f, category }))
          }}
        >
          <option value="">{t('shell.filters.category')}</option>
          {withCurrent(facets.categories, filter.category).map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        <select
          aria-label={t('shell.filters.byTag')}
          data-testid="filter-tag"
          className={filter.tag ? 'ui-has-value' : undefined}
          title={filter.tag || undefined}
          value={filter.tag}
          onChange={(e) => {
            const tag = e.target.value
            onChange((f) => ({ ...f, tag }))
          }}
        >
          <option value="">{t('shell.filters.tag')}</option>
          {withCurrent(facets.tags, filter.tag).map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
