import { useEffect, useState } from 'react'
import { copydesk } from '../api/copydesk'
import { messageOf } from '../api/messageOf'
import { TeamDocReplica } from './TeamDocReplica'
import { UndeliveredChanges } from './UndeliveredChanges'

/**
 * Changes a closed editor had not delivered, by article: sent in the background, and the next
 * replica of the article (the editor remounting, e.g. after switching articles and back) starts
 * with them.
 */
const undeliveredOnClose = new UndeliveredChanges(() => copydesk().team)

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
    let unsubscribe = () => {}
    let gone = false
    const open = (unsent: Uint8Array[]) => {
      TeamDocReplica.open(id, copydesk().team, unsent)
        .then((opened) => {
          replica = opened
          if (gone) return void opened.close()
          // Main closed the article under the window (a library switch, a restart): open it
          // again, carrying over what this window had not delivered yet.
          unsubscribe = opened.subscribe(() => {
            if (!opened.lost() || gone) return
            unsubscribe()
            open(opened.unsent())
          })
          setState({ replica: opened, error: null })
        })
        .catch((error: unknown) => {
          if (!gone) setState({ replica: null, error: messageOf(error) })
        })
    }
    const carried = undeliveredOnClose.take(id)
    open(carried)
    return () => {
      gone = true
      unsubscribe()
      const closing = replica?.close() ?? Promise.resolve()
      undeliveredOnClose.keep(id, replica, carried, closing)
    }
  }, [id, team])
  return state
}
