import type { JSX } from 'react'
import type { ArticleStatus } from '@shared/article/ArticleStatus'
import { articleStatusLabel } from '@shared/article/articleStatusLabel'

/** The article's review state as a coloured label. */
export function StatusBadge({ status }: { status: ArticleStatus }): JSX.Element {
  return <span className={`ui-badge ui-badge-${status}`}>{articleStatusLabel(status)}</span>
}
