import { useSyncExternalStore, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { describeTeamSyncStatus } from '@shared/team/TeamSyncStatus'
import type { TeamDocReplica } from './TeamDocReplica'

/**
 * Above a team article: who else has it open (names in their caret colours), whether it is
 * synced with the team (or why this window's changes are not saved), and for a reviewer why the text cannot be edited.
 */
export function TeamArticleBar({ replica }: { replica: TeamDocReplica }): JSX.Element {
  const { t } = useTranslation()
  const snapshot = useSyncExternalStore(
    (listener) => replica.subscribe(listener),
    () =>
      JSON.stringify({
        peers: replica.peers(),
        status: replica.status(),
        problem: replica.problem(),
      }),
  )
  const { peers, status, problem } = JSON.parse(snapshot) as {
    peers: ReturnType<TeamDocReplica['peers']>
    status: ReturnType<TeamDocReplica['status']>
    problem: string | null
  }
  return (
    <div className="ui-team-bar" data-testid="team-bar">
      <div className="ui-team-bar__row">
        <span className="ui-team-bar__label">{t('team.bar.label')}</span>
        <ul
          className="ui-team-bar__peers"
          aria-label={t('team.bar.alsoEditing')}
          data-testid="team-presence"
        >
          {peers.length === 0 && <li className="ui-team-bar__alone">{t('team.bar.alone')}</li>}
          {peers.map((peer) => (
            <li key={peer.clientId} className="ui-team-bar__peer">
              <span
                className="ui-team-bar__dot"
                style={{ backgroundColor: peer.color }}
                aria-hidden
              />
              {peer.name}
            </li>
          ))}
        </ul>
        <span
          className={
            problem ? 'ui-team-bar__status ui-team-bar__status--problem' : 'ui-team-bar__status'
          }
          role="status"
          data-testid="team-sync-status"
        >
          {problem ?? describeTeamSyncStatus(status)}
        </span>
      </div>
      {replica.role === 'reviewer' && (
        <p className="ui-team-bar__notice" data-testid="team-read-only">
          {t('team.bar.reviewerReadOnly')}
        </p>
      )}
    </div>
  )
}
