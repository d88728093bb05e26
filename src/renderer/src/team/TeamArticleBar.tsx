import { useSyncExternalStore, type JSX } from 'react'
import { describeTeamSyncStatus } from '@shared/team/TeamSyncStatus'
import type { TeamDocReplica } from './TeamDocReplica'

/** Why a reviewer's editor does not take typing. */
export const REVIEWER_READ_ONLY =
  'You review this article: you can comment and approve or send it back, but not change its text or details.'

/**
 * Above a team article: who else has it open (names in their caret colours), whether it is
 * synced with the team (or why this window's changes are not saved), and for a reviewer why the text cannot be edited.
 */
export function TeamArticleBar({ replica }: { replica: TeamDocReplica }): JSX.Element {
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
        <span className="ui-team-bar__label">Team article</span>
        <ul className="ui-team-bar__peers" aria-label="Also editing" data-testid="team-presence">
          {peers.length === 0 && <li className="ui-team-bar__alone">Only you have it open</li>}
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
          {REVIEWER_READ_ONLY}
        </p>
      )}
    </div>
  )
}
