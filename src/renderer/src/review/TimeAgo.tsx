import type { JSX } from 'react'
import { formatRelativeTime } from '../format/formatRelativeTime'

const exact = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' })

/** "5 min ago", with the exact date and time on hover. */
export function TimeAgo({ iso, now }: { iso: string; now: Date }): JSX.Element | null {
  if (Number.isNaN(Date.parse(iso))) return null
  return (
    <time className="time-ago" dateTime={iso} title={exact(iso)}>
      {formatRelativeTime(iso, now)}
    </time>
  )
}
