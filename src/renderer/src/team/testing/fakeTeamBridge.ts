import * as Y from 'yjs'
import type { IpcErrorCode } from '@shared/ipc/contract'
import { decodeBase64, encodeBase64 } from '@shared/team/base64'
import { CopydeskError } from '../../api/CopydeskError'
import type { TeamReplicaBridge } from '../TeamDocReplica'

/**
 * Main's side of the team bridge, holding the article in `main`: every push fails with `code`
 * while `failing` is set, and is applied to `main` once it goes through.
 */
export function bridgeFailingWith(code: IpcErrorCode, message: string) {
  const main = new Y.Doc()
  const calls = { opens: 0, pushes: 0, closes: 0, failing: true }
  const bridge: TeamReplicaBridge = {
    open: async () => {
      calls.opens += 1
      return {
        state: encodeBase64(Y.encodeStateAsUpdate(main)),
        version: 1,
        role: 'writer',
        status: { kind: 'synced' },
      }
    },
    push: async ({ update }) => {
      calls.pushes += 1
      if (calls.failing) throw new CopydeskError(code, message)
      if (update) Y.applyUpdate(main, decodeBase64(update))
    },
    // Nothing new from main: the pull waits, as main's long poll does.
    pull: () => new Promise(() => undefined),
    close: async () => {
      calls.closes += 1
    },
  }
  return { bridge, calls, main }
}
