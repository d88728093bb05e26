import type { ArticleStatus } from '@shared/article/ArticleStatus'

/** What the library list is narrowed to; empty strings mean "any". */
export interface ListFilter {
  query: string
  status: ArticleStatus | ''
  category: string
  tag: string
  /** Team articles, or those kept on this computer; '' for both. */
  place: 'local' | 'team' | ''
}

/** The whole library, unfiltered. */
export const NO_FILTER: ListFilter = { query: '', status: '', category: '', tag: '', place: '' }

/** True when any part of the filter narrows the list. */
export function isFiltering(filter: ListFilter): boolean {
  return filter.query.trim() !== '' || !!filter.status || !!filter.category || !!filter.tag
}
