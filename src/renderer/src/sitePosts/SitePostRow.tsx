import { formatDate } from '@shared/format/localeFormat'
import type { JSX, KeyboardEvent } from 'react'
import type { SitePostSummary } from '@shared/ipc/channels/sitePosts'

/** Site words for a post's status, as a writer says them. */
const STATUS_LABELS: Record<string, string> = {
  publish: 'Published',
  published: 'Published',
  future: 'Scheduled',
  scheduled: 'Scheduled',
  draft: 'Draft',
  pending: 'Pending review',
  private: 'Private',
}

function dateLabel(iso: string | null): string {
  if (iso === null) return 'No date'
  return formatDate(iso, 'medium') || iso
}

/** One post of the site: a button that opens it, with its date, status and author. */
export function SitePostRow(props: {
  post: SitePostSummary
  disabled: boolean
  onOpen(): void
  onKeyDown(event: KeyboardEvent<HTMLButtonElement>): void
}): JSX.Element {
  const { post } = props
  const status = STATUS_LABELS[post.status] ?? post.status
  return (
    <li>
      <button
        type="button"
        className="ui-site-posts-row"
        disabled={props.disabled}
        onClick={props.onOpen}
        onKeyDown={props.onKeyDown}
        data-testid="site-post"
      >
        <span className="ui-site-posts-title">{post.title.trim() || 'Untitled'}</span>
        <span className="ui-site-posts-details">
          <span>{dateLabel(post.date)}</span>
          <span className={`ui-site-posts-status ui-site-posts-status-${post.status}`}>
            {status}
          </span>
          {post.author && <span>{post.author}</span>}
        </span>
      </button>
    </li>
  )
}
