import type { ArticleStatus } from '@shared/article/ArticleStatus'
import { useEffect, useRef, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { StatusBadge } from '../library/StatusBadge'
import { statusActions } from './statusActions'

/** The current status and the buttons that move it on. */
export function StatusActions(props: {
  status: ArticleStatus
  onStatus(status: ArticleStatus): void
}): JSX.Element {
  // The buttons' labels follow a change of language at once.
  useTranslation()
  const root = useRef<HTMLDivElement>(null)
  // The pressed button goes away with the old status; keep keyboard focus here, not on the page.
  useEffect(() => {
    if (document.activeElement === document.body) root.current?.querySelector('button')?.focus()
  }, [props.status])
  return (
    <div className="ui-review-status" ref={root}>
      <span className="ui-review-status-now" data-testid="review-status">
        <StatusBadge status={props.status} />
      </span>
      <span className="ui-review-status-actions">
        {statusActions(props.status).map((action) => (
          <button
            key={action.to}
            type="button"
            className={
              action.primary
                ? 'ui-button ui-button-small ui-button-primary'
                : 'ui-button ui-button-small'
            }
            data-testid={`status-to-${action.to}`}
            onClick={() => props.onStatus(action.to)}
          >
            {action.label}
          </button>
        ))}
      </span>
    </div>
  )
}
