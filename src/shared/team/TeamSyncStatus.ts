import { formatDateTime, formatTime } from '../format/localeFormat'

/** What the status bar says about a team article. */
export type TeamSyncStatus =
  | { kind: 'synced' }
  | { kind: 'waiting'; changes: number }
  | { kind: 'offline'; since: string; changes: number }

/** The status bar's words for a {@link TeamSyncStatus}. */
export function describeTeamSyncStatus(status: TeamSyncStatus, now = new Date()): string {
  switch (status.kind) {
    case 'synced':
      return 'Synced'
    case 'waiting':
      return status.changes === 1 ? '1 change waiting' : `${status.changes} changes waiting`
    case 'offline': {
      const since = new Date(status.since)
      const sameDay = since.toDateString() === now.toDateString()
      return `Offline since ${sameDay ? formatTime(since) : formatDateTime(since)}`
    }
  }
}
