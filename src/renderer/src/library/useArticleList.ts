import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ArticleSummary } from '@shared/article/Article'
import { copydesk } from '../api/copydesk'
import { messageOf } from '../api/messageOf'
import { NO_FILTER, type ListFilter } from './ListFilter'
import { useDebouncedValue } from './useDebouncedValue'
import { t } from '@shared/i18n/i18n'

/** Search runs this long after the last keystroke, so typing stays smooth. */
export const SEARCH_DEBOUNCE_MS = 120

/** While the library is still being indexed, the list is asked again this often. */
export const INDEXING_POLL_MS = 1000

/** The library list as the sidebar shows it, with ways to keep it current. */
export interface ArticleList {
  filter: ListFilter
  setFilter(update: (filter: ListFilter) => ListFilter): void
  /** Null until the first answer arrives. */
  items: ArticleSummary[] | null
  /** The filter the items answer (it lags `filter` while a search is pending). */
  shownFilter: ListFilter
  error: string | null
  /** True while the library is still being indexed: the list and search results may grow. */
  indexing: boolean
  /** Asks the library again, keeping the filter. */
  refresh(): void
  /** Puts a fresh summary in place (after a save) and keeps the "last edited" order. */
  upsert(summary: ArticleSummary): void
  remove(id: string): void
}

function byLastEdited(a: ArticleSummary, b: ArticleSummary): number {
  return b.updatedAt.localeCompare(a.updatedAt)
}

/** The library list: filters, debounced search, and local updates between queries. */
export function useArticleList(ready: boolean): ArticleList {
  const [filter, setFilterState] = useState<ListFilter>(NO_FILTER)
  const [answer, setAnswer] = useState<{
    items: ArticleSummary[]
    filter: ListFilter
    indexing: boolean
  } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [generation, setGeneration] = useState(0)
  const query = useDebouncedValue(filter.query, SEARCH_DEBOUNCE_MS)
  const { status, category, tag, place } = filter

  useEffect(() => {
    if (!ready) return
    let current = true
    let poll: ReturnType<typeof setTimeout> | undefined
    const asked: ListFilter = { query, status, category, tag, place }
    copydesk()
      .articles.list({
        query: query.trim() || undefined,
        status: status || undefined,
        category: category || undefined,
        tag: tag || undefined,
        place: place || undefined,
      })
      .then(
        (result) => {
          if (!current) return
          const indexing = result.indexing === true
          setAnswer({ items: result.items, filter: asked, indexing })
          setError(null)
          if (indexing) poll = setTimeout(() => setGeneration((g) => g + 1), INDEXING_POLL_MS)
        },
        (failure: unknown) => {
          if (current) setError(messageOf(failure, t('screens.failures.libraryList')))
        },
      )
    return () => {
      current = false
      clearTimeout(poll)
    }
  }, [ready, query, status, category, tag, place, generation])

  const refresh = useCallback(() => setGeneration((g) => g + 1), [])
  const upsert = useCallback((summary: ArticleSummary) => {
    setAnswer((prev) => {
      if (!prev) return prev
      const others = prev.items.filter((item) => item.id !== summary.id)
      return { ...prev, items: [summary, ...others].sort(byLastEdited) }
    })
  }, [])
  const remove = useCallback((id: string) => {
    setAnswer((prev) => prev && { ...prev, items: prev.items.filter((item) => item.id !== id) })
  }, [])

  return useMemo(
    () => ({
      filter,
      setFilter: setFilterState,
      items: answer?.items ?? null,
      shownFilter: answer?.filter ?? NO_FILTER,
      error,
      indexing: answer?.indexing ?? false,
      refresh,
      upsert,
      remove,
    }),
    [filter, answer, error, refresh, upsert, remove],
  )
}
