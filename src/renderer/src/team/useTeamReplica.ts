import { useEffect, useState } from 'react'
import { copydesk } from '../api/copydesk'
import { messageOf } from '../api/messageOf'
import { TeamDocReplica } from './TeamDocReplica'

/** The open team article's replica once it is ready, or why it could not open. */
export interface TeamReplicaState {
  replica: TeamDocReplica | null
  error: string | null
}

/**
 * Opens the window's replica of team article `id` while the workspace shows it (nothing for a
 * local article), and closes it after.
 */
export function useTeamReplica(id: string, team: boolean): TeamReplicaState {
  const [state, setState] = useState<TeamReplicaState>({ replica: null, error: null })
  useEffect(() => {
    if (!team) return
    let replica: TeamDocReplica | null = null
    let gone = false
    TeamDocReplica.open(id, copydesk().team)
      .then((opened) => {
        replica = opened
        if (gone) void opened.close()
        else setState({ replica: opened, error: null })
      })
      .catch((error: unknown) => {
        if (!gone) setState({ replica: null, error: messageOf(error) })
      })
    return () => {
      gone = true
      void replica?.close()
    }
  }, [id, team])
  return state
}
