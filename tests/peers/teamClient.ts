import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import * as Y from 'yjs'
import { NodeWebSocket } from '../../src/main/team/NodeWebSocket'
import { TEAM_PROTOCOL_VERSION } from '../../src/shared/team/teamProtocol'

/** Exchanges an invite code for a token over the server's HTTP API. */
export async function redeemInvite(httpUrl: string, code: string, name: string): Promise<string> {
  const response = await fetch(`${httpUrl}/api/redeem`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, name, protocol: TEAM_PROTOCOL_VERSION }),
  })
  const body = (await response.json()) as { token?: string; error?: string }
  if (!response.ok || !body.token) throw new Error(body.error ?? `HTTP ${response.status}`)
  return body.token
}

/** Makes an invite for `role` with an admin's token. */
export async function inviteAs(httpUrl: string, adminToken: string, role: string): Promise<string> {
  const response = await fetch(`${httpUrl}/api/invites`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ role }),
  })
  const body = (await response.json()) as { code?: string; error?: string }
  if (!response.ok || !body.code) throw new Error(body.error ?? `HTTP ${response.status}`)
  return body.code
}

/** A member's live copy of one team article. */
export interface ArticleSession {
  doc: Y.Doc
  provider: HocuspocusProvider
  /** Close codes and reasons the server sent. */
  closes: { code: number; reason: string }[]
  /** Authentication refusals the server sent. */
  refusals: string[]
  /** Resolves once the first sync with the server is done. */
  synced: Promise<void>
  destroy(): void
}

/** Opens article `name` on a team server as a member would (Node, real WebSocket). */
export function openArticle(
  url: string,
  token: string,
  name: string,
  doc = new Y.Doc(),
  protocol = TEAM_PROTOCOL_VERSION,
): ArticleSession {
  const socket = new HocuspocusProviderWebsocket({
    url: `${url}?protocol=${protocol}`,
    WebSocketPolyfill: NodeWebSocket,
    delay: 100,
    factor: 1.5,
    maxDelay: 1000,
    minDelay: 50,
  })
  const closes: ArticleSession['closes'] = []
  const refusals: string[] = []
  let markSynced: () => void = () => undefined
  const synced = new Promise<void>((resolve) => (markSynced = resolve))
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
    onSynced: () => markSynced(),
    onClose: ({ event }) => closes.push({ code: event.code, reason: event.reason }),
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
  })
  provider.attach()
  return {
    doc,
    provider,
    closes,
    refusals,
    synced,
    destroy: () => {
      provider.destroy()
      socket.destroy()
    },
  }
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function until(check: () => boolean, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
