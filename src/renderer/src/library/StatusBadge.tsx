import type { JSX } from 'react'
import { ARTICLE_STATUS_LABELS, type ArticleStatus } from '@shared/article/ArticleStatus'

/** The article's review state as a coloured label. */
export function StatusBadge({ status }: { status: ArticleStatus }): JSX.Element {
  return <span className={`ui-badge ui-badge-${status}`}>{ARTICLE_STATUS_LABELS[status]}</span>
}
