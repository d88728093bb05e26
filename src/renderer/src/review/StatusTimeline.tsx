import type { StatusChange } from '@shared/article/Article'
import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { describeStatusChange, statusPath } from './statusActions'
import { TimeAgo } from './TimeAgo'

/** Who moved the article where, and when; newest first. */
export function StatusTimeline(props: {
  history: readonly StatusChange[]
  now: Date
}): JSX.Element {
  const { t } = useTranslation()
  if (props.history.length === 0) {
    return (
      <p className="ui-review-empty" data-testid="timeline-empty">
        {t('review.noStatusChanges')}
      </p>
    )
  }
  const newestFirst = [...props.history].reverse()
  return (
    <ol className="ui-timeline" aria-label={t('review.statusChanges')} data-testid="timeline">
      {newestFirst.map((change, i) => (
        <li
          key={`${change.at}-${i}`}
          className={`ui-timeline-entry ui-status-${change.to}`}
          data-testid="timeline-entry"
        >
          <span className="ui-timeline-dot" aria-hidden="true" />
          <span className="ui-timeline-text">{describeStatusChange(change)}</span>
          <span className="ui-timeline-detail">
            {statusPath(change)} · <TimeAgo iso={change.at} now={props.now} />
          </span>
        </li>
      ))}
    </ol>
  )
}
