import { formatDateTime } from '@shared/format/localeFormat'
import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { RevisionInfo } from '@shared/ipc/contract'
import { useBridgeQuery } from '../api/useBridgeQuery'
import { formatWordCount } from '../format/formatWordCount'
import { revisionReasonLabel } from './revisionReasonLabel'

/** Props of {@link RevisionsPanel}. */
export interface RevisionsPanelProps {
  articleId: string
  /** Changes when new snapshots may exist (after saves). */
  generation: number
  viewingRevId: string | null
  onView(info: RevisionInfo): void
}

/** The article's snapshots, newest first; choosing one shows it read-only. */
export function RevisionsPanel(props: RevisionsPanelProps): JSX.Element {
  const { t } = useTranslation()
  const { articleId, generation, viewingRevId, onView } = props
  const { data: revisions, error } = useBridgeQuery([articleId, generation], async (api) => {
    const list = await api.revisions.list({ id: articleId })
    return [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  })

  if (error) return <p className="ui-list-error">{error}</p>
  if (!revisions) return <div className="ui-list-empty" aria-busy="true" />
  if (revisions.length === 0) {
    return (
      <div className="ui-list-empty">
        <p>{t('history.none')}</p>
      </div>
    )
  }
  return (
    <ul className="ui-revision-list" aria-label={t('history.listLabel')}>
      {revisions.map((rev) => (
        <li key={rev.revId}>
          <button
            type="button"
            className={
              rev.revId === viewingRevId ? 'ui-revision-item ui-is-open' : 'ui-revision-item'
            }
            aria-current={rev.revId === viewingRevId}
            data-testid="revision-item"
            data-rev-id={rev.revId}
            onClick={() => onView(rev)}
          >
            <span className="ui-revision-time">{formatDateTime(rev.createdAt)}</span>
            <span className="ui-revision-detail">
              {revisionReasonLabel(rev.reason)} · {formatWordCount(rev.wordCount)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  )
}
