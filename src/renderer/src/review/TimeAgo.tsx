import type { JSX } from 'react'
import { formatDateTime, formatRelativeTime } from '@shared/format/localeFormat'

/** "5 min ago", with the exact date and time on hover. */
export function TimeAgo({ iso, now }: { iso: string; now: Date }): JSX.Element | null {
  if (Number.isNaN(Date.parse(iso))) return null
  return (
    <time className="ui-time-ago" dateTime={iso} title={formatDateTime(iso, 'full')}>
      {formatRelativeTime(iso, now)}
    </time>
  )
}
