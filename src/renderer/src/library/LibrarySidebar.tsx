import { useRef, type JSX, type ReactNode, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleSummary } from '@shared/article/Article'
import type { Facets } from '@shared/ipc/contract'
import { Icon } from '../ui/Icon'
import { ArticleList } from './ArticleList'
import type { TeamLibraryActions } from './ArticleRow'
import { LibraryFilters } from './LibraryFilters'
import { NO_FILTER, isFiltering } from './ListFilter'
import { NoMatches } from './NoMatches'
import { TrashView } from './TrashView'
import { useFileDrop } from '../transfer/useFileDrop'
import type { ArticleList as ArticleListState } from './useArticleList'

/** Props of {@link LibrarySidebar}. */
export interface LibrarySidebarProps {
  list: ArticleListState
  facets: Facets
  openId: string | null
  view: 'articles' | 'trash'
  trashGeneration: number
  searchRef: Ref<HTMLInputElement>
  /** Tooltip texts that name the shortcuts. */
  hints: { newArticle: string; search: string }
  onView(view: 'articles' | 'trash'): void
  onNew(): void
  onOpen(id: string): void
  onDuplicate(id: string): void
  onDelete(id: string): void
  onRestored(summary: ArticleSummary): void
  /** The Import / Export button, shown beside the title. */
  transferMenu?: ReactNode
  /** Files dropped onto the library, to import. */
  onDropFiles?(files: File[]): void
  /** The library belongs to a team: Team beside On this computer. */
  team?: TeamLibraryActions
}

const PLACES = [
  { place: '', label: 'libraryPane.all' },
  { place: 'local', label: 'libraryPane.local' },
  { place: 'team', label: 'libraryPane.team' },
] as const

/** The left pane: new article, search and filters, the article list, and the trash. */
export function LibrarySidebar(props: LibrarySidebarProps): JSX.Element {
  const { t } = useTranslation()
  const { list, view } = props
  const listRef = useRef<HTMLUListElement>(null)
  const inTrash = view === 'trash'
  const drop = useFileDrop((files) => props.onDropFiles?.(files))

  return (
    <nav className="ui-pane ui-pane-library" aria-label={t('libraryPane.label')} {...drop.handlers}>
      {drop.dragging && (
        <div className="ui-library-drop-hint" data-testid="library-drop-hint">
          {t('libraryPane.dropHint')}
        </div>
      )}
      <div className="ui-pane-header">
        <h2 className="ui-pane-title">{inTrash ? t('trash.title') : t('libraryPane.title')}</h2>
        {!inTrash && props.transferMenu}
        <button
          type="button"
          className={inTrash ? 'ui-icon-button ui-is-pressed' : 'ui-icon-button'}
          aria-pressed={inTrash}
          aria-label={inTrash ? t('trash.back') : t('trash.show')}
          title={inTrash ? t('trash.back') : t('trash.show')}
          data-testid="show-trash"
          onClick={() => props.onView(inTrash ? 'articles' : 'trash')}
        >
          <Icon name="trash" />
        </button>
        <button
          type="button"
          className="ui-button ui-button-primary ui-button-small"
          title={props.hints.newArticle}
          aria-label={t('library.newArticle')}
          data-testid="new-article"
          onClick={props.onNew}
        >
          <Icon name="plus" size={14} /> {t('libraryPane.newArticle')}
        </button>
      </div>
      {inTrash ? (
        <TrashView generation={props.trashGeneration} onRestored={props.onRestored} />
      ) : (
        <>
          {props.team && (
            <div className="ui-library-places" role="group" aria-label={t('libraryPane.places')}>
              {PLACES.map(({ place, label }) => (
                <button
                  key={place}
                  type="button"
                  className={
                    list.filter.place === place
                      ? 'ui-library-place ui-is-pressed'
                      : 'ui-library-place'
                  }
                  aria-pressed={list.filter.place === place}
                  data-testid={`library-place-${place || 'all'}`}
                  onClick={() => list.setFilter((filter) => ({ ...filter, place }))}
                >
                  {t(label)}
                </button>
              ))}
            </div>
          )}
          <LibraryFilters
            filter={list.filter}
            facets={props.facets}
            searchRef={props.searchRef}
            searchHint={props.hints.search}
            onChange={list.setFilter}
            onLeaveDown={() => listRef.current?.focus()}
          />
          {list.error && (
            <p className="ui-list-error" role="alert">
              {list.error}
            </p>
          )}
          {list.indexing && (
            <p className="ui-list-indexing" role="status">
              {t('shell.search.indexing')}
            </p>
          )}
          {list.items && list.items.length > 0 && (
            <ArticleList
              items={list.items}
              openId={props.openId}
              listRef={listRef}
              onOpen={props.onOpen}
              onDuplicate={props.onDuplicate}
              onDelete={props.onDelete}
              team={props.team}
            />
          )}
          {list.items?.length === 0 &&
            (isFiltering(list.shownFilter) ? (
              <NoMatches
                filter={list.shownFilter}
                onClear={() => list.setFilter(() => NO_FILTER)}
              />
            ) : (
              <div className="ui-list-empty">
                <p>
                  {list.shownFilter.place === 'team'
                    ? t('libraryPane.noTeamArticles')
                    : t('libraryPane.noArticles')}
                </p>
              </div>
            ))}
        </>
      )}
    </nav>
  )
}
