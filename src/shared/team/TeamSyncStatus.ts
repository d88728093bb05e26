import { t } from '../i18n/i18n'
import { formatDateTime, formatNumber, formatTime } from '../format/localeFormat'

/** What the status bar says about a team article. */
export type TeamSyncStatus =
  | { kind: 'synced' }
  | { kind: 'waiting'; changes: number }
  | { kind: 'offline'; since: string; changes: number }

/** The status bar's words for a {@link TeamSyncStatus}. */
export function describeTeamSyncStatus(status: TeamSyncStatus, now = new Date()): string {
  switch (status.kind) {
    case 'synced':
      return t('teamShared.synced')
    case 'waiting':
      return t('teamShared.changesWaiting', {
        count: status.changes,
        formatted: formatNumber(status.changes),
      })
    case 'offline': {
      const since = new Date(status.since)
      const sameDay = since.toDateString() === now.toDateString()
      return t('teamShared.offlineSince', {
        when: sameDay ? formatTime(since) : formatDateTime(since),
      })
    }
  }
}
