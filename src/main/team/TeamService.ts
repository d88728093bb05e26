import { t } from '@shared/i18n/i18n'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import type { Schema } from '@tiptap/pm/model'
import type { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { z } from 'zod'
import { documentSchema } from '@shared/editor/schema'
import { checkTeamAddress } from '@shared/team/checkTeamAddress'
import { TEAM_PROTOCOL_VERSION } from '@shared/team/teamProtocol'
import { writeArticleToYDoc } from '@shared/team/writeArticleToYDoc'
import type { ArticleFile } from '@shared/article/Article'
import type { TeamSyncStatus } from '@shared/team/TeamSyncStatus'
import { AppError } from '../errors/AppError'
import { writeFileAtomic } from '../library/atomicWrite'
import { ioError } from '../library/ioError'
import type { LibraryPaths } from '../library/LibraryPaths'
import type { SecretStore } from '../secrets/SecretStore'
import { NodeWebSocket } from './NodeWebSocket'
import { TeamArticleFiles } from './TeamArticleFiles'
import { TeamArticleSaver } from './TeamArticleSaver'
import {
  callPublishLock,
  fetchTeamServerInfo,
  listTeamArticles,
  redeemTeamInvite,
} from './teamServerCalls'

/** The secret-store key of this library's team token. */
const TOKEN_KEY = 'team.token'
/** Articles fetched at once when joining or catching up (the server caps a socket's pending). */
const JOIN_IN_FLIGHT = 32
/** How often a fetch looks whether its article has synced. */
const SYNC_POLL_MS = 10

/** A team article this computer has, as its library lists it. */
export interface LocalTeamArticle {
  id: string
  title: string
  status: string
}

/** The team this library belongs to (kept in `<library>/team.json`, never the token). */
export const TeamConnectionSchema = z.object({
  url: z.string(),
  teamName: z.string(),
  member: z.object({ id: z.string(), name: z.string(), role: z.string() }),
})
export type TeamConnection = z.infer<typeof TeamConnectionSchema>

/** What the person enters in Settings → Team. */
export interface ConnectRequest {
  address: string
  invite: string
  name: string
  /** The person confirmed a ws:// address to another computer. */
  allowInsecure?: boolean
}

/** One team article open for live editing. */
export interface TeamArticleSession {
  doc: Y.Doc
  /** Who else has the article open, and where their carets are (the provider's awareness). */
  awareness: Awareness
  /** True once the server and this copy have exchanged what each lacked. */
  isSynced(): boolean
  status(): TeamSyncStatus
  /**
   * Asks the server again for everything this copy lacks and resolves true once it arrived and
   * everything of ours was acknowledged; false when `timeoutMs` passed first (offline).
   */
  refresh(timeoutMs: number): Promise<boolean>
  /** Writes the article to disk now rather than after the usual short delay; rejects with why not. */
  flush(): Promise<void>
  /** Why the latest changes are not on disk (the last save failed); null while they are. */
  saveProblem(): unknown
  close(): Promise<void>
}

/** A session as TeamService keeps it, shared by everyone who opened the article. */
interface OpenSession extends TeamArticleSession {
  /** True while a change is only in memory (see TeamArticleSaver). */
  unsaved(): boolean
  /** Drops the Y.Doc and its provider at once. */
  destroy(): void
}

interface SharedSession {
  session: Promise<OpenSession>
  users: number
}

/** Options of {@link TeamService}. */
export interface TeamServiceOptions {
  paths: LibraryPaths
  secrets: SecretStore
  /** The document schema article.json is derived with (the shared one by default). */
  schema?: Schema
  fetch?: typeof fetch
  /** The WebSocket class (Node's `ws` unless the runtime has one). */
  WebSocketPolyfill?: unknown
  now?: () => Date
}

/**
 * The app's side of a team workspace: joins a team server with an address and an invite (the
 * token goes to the secret store), and opens team articles offline first — each article's Yjs
 * state and the article.json derived from it live on disk and are written after every change,
 * whether or not the server is reachable; on reconnecting, the provider resends what the server
 * lacks.
 */
export class TeamService {
  private readonly files: TeamArticleFiles
  private readonly schema: Schema
  private readonly fetch: typeof fetch
  private readonly now: () => Date
  /** The one connection every article's session shares; set before anything is awaited. */
  private socket: Promise<HocuspocusProviderWebsocket> | null = null
  private offlineSince: string
  private connected = false
  private readonly sessions = new Map<string, SharedSession>()
  /** Ends every session still open (see close). */
  private readonly teardowns = new Set<() => void>()

  constructor(private readonly options: TeamServiceOptions) {
    this.schema = options.schema ?? documentSchema()
    this.files = new TeamArticleFiles(options.paths, this.schema)
    this.fetch = options.fetch ?? fetch
    this.now = options.now ?? (() => new Date())
    this.offlineSince = this.now().toISOString()
  }

  private get configFile(): string {
    return join(this.options.paths.root, 'team.json')
  }

  /** Team articles removed from this computer (still in the team): the sync leaves them out. */
  private get removedFile(): string {
    return join(this.options.paths.root, 'team-removed.json')
  }

  private async removedIds(): Promise<Set<string>> {
    try {
      const ids: unknown = JSON.parse(await readFile(this.removedFile, 'utf8'))
      return new Set(Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : [])
    } catch {
      return new Set()
    }
  }

  private async writeRemovedIds(ids: Set<string>): Promise<void> {
    await writeFileAtomic(this.removedFile, `${JSON.stringify([...ids], null, 2)}\n`)
  }

  /**
   * Remembers that team article `id` was removed from this computer, so the sync does not
   * bring it back; the team and the others keep it.
   */
  async removeFromThisComputer(id: string): Promise<void> {
    // A session kept for saves that fail must not write the article back into the library.
    const kept = await this.sessions.get(id)?.session.catch(() => null)
    this.sessions.delete(id)
    kept?.destroy()
    const ids = await this.removedIds()
    ids.add(id)
    await this.writeRemovedIds(ids)
  }

  /**
   * The removed team articles still in the trash. Once the trash no longer holds one (emptied),
   * nothing of it is left on this computer and the sync fetches it again like any other.
   */
  private async stillInTrash(): Promise<Set<string>> {
    const ids = await this.removedIds()
    const kept = new Set([...ids].filter((id) => existsSync(this.options.paths.trashEntryDir(id))))
    if (kept.size < ids.size) await this.writeRemovedIds(kept)
    return kept
  }

  /** Team article `id` is on this computer again (restored from the trash): it syncs again. */
  async keepOnThisComputer(id: string): Promise<void> {
    const ids = await this.removedIds()
    if (ids.delete(id)) await this.writeRemovedIds(ids)
  }

  /** Checks the address, exchanges the invite, and remembers the team for this library. */
  async connect(request: ConnectRequest): Promise<TeamConnection> {
    const address = checkTeamAddress(request.address, request.allowInsecure)
    if (!address.ok) throw new AppError('invalid_input', address.message)
    const info = await fetchTeamServerInfo(this.fetch, address.url)
    const { token, member } = await redeemTeamInvite(
      this.fetch,
      address.url,
      request.invite,
      request.name,
    )
    await this.options.secrets.set(TOKEN_KEY, token)
    const connection: TeamConnection = { url: address.url, teamName: info.name, member }
    await writeFileAtomic(this.configFile, `${JSON.stringify(connection, null, 2)}\n`)
    return connection
  }

  /** The team this library belongs to, or null. */
  async connection(): Promise<TeamConnection | null> {
    try {
      return TeamConnectionSchema.parse(JSON.parse(await readFile(this.configFile, 'utf8')))
    } catch {
      return null
    }
  }

  private ensureSocket(): Promise<HocuspocusProviderWebsocket> {
    // Sessions opening at once (a join opens several) must not each open a connection.
    if (!this.socket) {
      const opening = this.openSocket()
      this.socket = opening
      opening.catch(() => {
        if (this.socket === opening) this.socket = null
      })
    }
    return this.socket
  }

  private async openSocket(): Promise<HocuspocusProviderWebsocket> {
    const connection = await this.connection()
    if (!connection) throw new AppError('not_found', t('teamShared.notConnected'))
    const socket = new HocuspocusProviderWebsocket({
      url: `${connection.url}?protocol=${TEAM_PROTOCOL_VERSION}`,
      WebSocketPolyfill: this.options.WebSocketPolyfill ?? globalThis.WebSocket ?? NodeWebSocket,
      maxDelay: 10_000,
    })
    socket.on('status', ({ status }: { status: string }) => {
      const online = status === 'connected'
      if (this.connected && !online) this.offlineSince = this.now().toISOString()
      this.connected = online
    })
    return socket
  }

  /** Opens team article `id`: from disk at once, then live with the server when reachable. */
  async openArticle(id: string): Promise<TeamArticleSession> {
    let entry = this.sessions.get(id)
    if (!entry) {
      entry = { session: this.startSession(id, () => void this.retire(id)), users: 0 }
      this.sessions.set(id, entry)
    }
    entry.users += 1
    let session: OpenSession
    try {
      session = await entry.session
    } catch (error) {
      if (--entry.users === 0 && this.sessions.get(id) === entry) this.sessions.delete(id)
      throw error
    }
    let closed = false
    return {
      ...session,
      // One provider per article, whoever opened it: ended when its last user closes it.
      close: async () => {
        if (closed) return
        closed = true
        if (--entry.users > 0) return
        await session.flush().catch(() => undefined)
        await this.retire(id)
      },
    }
  }

  /**
   * Ends the session of article `id` once nobody uses it and everything in it is on disk; while
   * its saves fail it stays (and keeps trying, and sending to the team), so nothing is lost.
   */
  private async retire(id: string): Promise<void> {
    const entry = this.sessions.get(id)
    if (!entry || entry.users > 0) return
    const session = await entry.session
    if (entry.users > 0 || this.sessions.get(id) !== entry || session.unsaved()) return
    this.sessions.delete(id)
    session.destroy()
  }

  private async startSession(id: string, onSaved: () => void): Promise<OpenSession> {
    const socket = await this.ensureSocket()
    const token = (await this.options.secrets.get(TOKEN_KEY)) ?? ''
    // Named after the article: a random guid costs dozens of random draws per article in a join.
    const doc = new Y.Doc({ guid: id })
    await this.files.load(id, doc)
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: id,
      token,
      document: doc,
      // Each session its own address on the shared socket: the server's goodbye to a session
      // just ended must not reach (and silence) the next session of the same article.
      sessionAwareness: true,
    })
    provider.attach()
    const saver = new TeamArticleSaver(this.files, id, doc, onSaved)
    const destroy = () => {
      saver.stop()
      provider.destroy()
    }
    this.teardowns.add(destroy)
    return {
      doc,
      awareness: provider.awareness as Awareness,
      isSynced: () => provider.isSynced && provider.unsyncedChanges === 0,
      status: () => {
        // Until the server answers the sync handshake, Hocuspocus counts the handshake itself as
        // one unsynced change: it is not one of this person's.
        const handshake = this.connected && !provider.isSynced ? 1 : 0
        const changes = Math.max(0, provider.unsyncedChanges - handshake)
        if (!this.connected) return { kind: 'offline', since: this.offlineSince, changes }
        return changes > 0 ? { kind: 'waiting', changes } : { kind: 'synced' }
      },
      saveProblem: () => saver.problem(),
      refresh: async (timeoutMs) => {
        provider.forceSync()
        const deadline = Date.now() + timeoutMs
        while (!(provider.isSynced && provider.unsyncedChanges === 0)) {
          if (Date.now() > deadline) return false
          await new Promise((resolve) => setTimeout(resolve, 25))
        }
        return true
      },
      flush: async () => {
        try {
          await saver.flush()
        } catch (error) {
          throw ioError('saveArticle', error)
        }
      },
      unsaved: () => saver.unsaved(),
      destroy: () => {
        this.teardowns.delete(destroy)
        destroy()
      },
      close: async () => {
        await saver.flush().catch(() => undefined)
        destroy()
      },
    }
  }

  /**
   * Takes article `id`'s publish lock on the server, so no other member publishes it meanwhile;
   * throws an AppError naming who holds it, or saying the server cannot be reached.
   */
  async takePublishLock(id: string): Promise<void> {
    const { url, token } = await this.credentials()
    await callPublishLock(this.fetch, url, token, id, 'POST')
  }

  /** Gives the publish lock of article `id` back (it expires by itself otherwise). */
  async releasePublishLock(id: string): Promise<void> {
    const { url, token } = await this.credentials()
    await callPublishLock(this.fetch, url, token, id, 'DELETE')
  }

  private async credentials(): Promise<{ url: string; token: string }> {
    const connection = await this.connection()
    const token = await this.options.secrets.get(TOKEN_KEY)
    if (!connection || !token) {
      throw new AppError('not_found', t('teamShared.notConnected'))
    }
    return { url: connection.url, token }
  }

  /** True when article `id` of this library belongs to the team. */
  isTeamArticle(id: string): boolean {
    return this.files.isTeamArticle(id)
  }

  /**
   * Moves a local article into the team: its Y.Doc is written from the article once and saved
   * on disk at once (offline first), then sent to the server now or when it is back.
   */
  async moveIntoTeam(file: ArticleFile): Promise<void> {
    if (!(await this.connection())) {
      throw new AppError('refused', t('teamShared.joinFirst'))
    }
    const id = file.meta.id
    if (this.files.isTeamArticle(id)) return
    const doc = new Y.Doc()
    writeArticleToYDoc(file, doc, this.schema)
    await this.files.save(id, doc)
  }

  /**
   * Brings onto disk the team's articles this computer lacks and those whose title or status
   * changed on the server (a publish by another member), and sends the server those it lacks
   * (moved into the team while offline); resolves with the ids brought or refreshed. Articles
   * are fetched several at a time over the one socket. Offline, it does nothing: it runs again
   * later. Articles removed from this computer are left out.
   */
  async syncArticleList(local: readonly LocalTeamArticle[], timeoutMs = 10_000): Promise<string[]> {
    const connection = await this.connection()
    const token = await this.options.secrets.get(TOKEN_KEY)
    if (!connection || !token) return []
    const listed = await listTeamArticles(this.fetch, connection.url, token).catch(() => null)
    if (!listed) return []
    const known = new Map(local.map((entry) => [entry.id, entry]))
    const onServer = new Set(listed.map((entry) => entry.id))
    const removed = await this.stillInTrash()
    const wanted = listed.filter((entry) => {
      if (removed.has(entry.id)) return false
      if (!this.files.isTeamArticle(entry.id)) return true
      const mine = known.get(entry.id)
      return mine !== undefined && (mine.title !== entry.title || mine.status !== entry.status)
    })
    const unsent = local.filter((entry) => !onServer.has(entry.id)).map((entry) => entry.id)
    const queue = [...wanted.map((entry) => entry.id), ...unsent]
    const fetched: string[] = []
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        const session = await this.openArticle(id)
        const deadline = Date.now() + timeoutMs
        while (!session.isSynced() && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, SYNC_POLL_MS))
        }
        await session.close()
        if (onServer.has(id) && this.files.isTeamArticle(id)) fetched.push(id)
      }
    }
    await Promise.all(Array.from({ length: JOIN_IN_FLIGHT }, worker))
    return fetched
  }

  /** Closes the connection to the server; articles stay on disk. */
  async close(): Promise<void> {
    await this.files.idle()
    for (const destroy of [...this.teardowns]) destroy()
    this.sessions.clear()
    const socket = this.socket
    this.socket = null
    ;(await socket?.catch(() => null))?.destroy()
  }
}
