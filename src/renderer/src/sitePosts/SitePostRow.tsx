import { formatDate } from '@shared/format/localeFormat'
import type { JSX, KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { t } from '@shared/i18n/i18n'
import type { SitePostSummary } from '@shared/ipc/channels/sitePosts'

/** Site words for a post's status, as a writer says them. */
const STATUS_KEYS = {
  publish: 'screens.sitePosts.status.published',
  published: 'screens.sitePosts.status.published',
  future: 'screens.sitePosts.status.scheduled',
  scheduled: 'screens.sitePosts.status.scheduled',
  draft: 'screens.sitePosts.status.draft',
  pending: 'screens.sitePosts.status.pending',
  private: 'screens.sitePosts.status.private',
} as const

function statusLabel(status: string): string {
  return status in STATUS_KEYS ? t(STATUS_KEYS[status as keyof typeof STATUS_KEYS]) : status
}

function dateLabel(iso: string | null): string {
  if (iso === null) return t('screens.sitePosts.noDate')
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
  const { t: translate } = useTranslation()
  const status = statusLabel(post.status)
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
        <span className="ui-site-posts-title">
          {post.title.trim() || translate('common.untitled')}
        </span>
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
