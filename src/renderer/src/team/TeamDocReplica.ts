import * as Y from 'yjs'
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness'
import type { TeamCaret, TeamOpened, TeamPull } from '@shared/ipc/channels/team'
import { decodeBase64, encodeBase64 } from '@shared/team/base64'
import { t } from '@shared/i18n/i18n'
import type { TeamSyncStatus } from '@shared/team/TeamSyncStatus'
import { isCopydeskError } from '../api/CopydeskError'
import { messageOf } from '../api/messageOf'

/** Changes that came from main: never sent back. */
const FROM_MAIN = 'main'
/** Pause after a failed pull before the next, so a broken bridge does not spin. */
const RETRY_MS = 1000
/** Failed pushes in a row after which the window says its changes are not saved. */
const NOT_SAVED_AFTER = 3

/** The bridge calls a replica needs (the `team` group of the client). */
export interface TeamReplicaBridge {
  open(input: { id: string }): Promise<TeamOpened>
  push(input: { id: string; update?: string; caret?: TeamCaret }): Promise<void>
  pull(input: { id: string; stateVector: string; seen: number }): Promise<TeamPull>
  close(input: { id: string }): Promise<void>
}

/** Someone else who has the article open. */
export interface TeamPeer {
  clientId: number
  name: string
  color: string
}

/**
 * The window's copy of an open team article's Y.Doc, kept in step with main's over the bridge:
 * local changes are pushed (one call at a time, later ones merged), and a pull waits in main
 * for the next remote change. The awareness here holds the others' carets, relayed from main;
 * this window's own caret is pushed to main, which shares it as this member's.
 */
export class TeamDocReplica {
  readonly doc = new Y.Doc()
  readonly awareness = new Awareness(this.doc)
  private seen = 0
  private pending: Uint8Array[] = []
  /** The changes of the push under way. */
  private inFlight: Uint8Array[] = []
  private pendingCaret: TeamCaret | undefined
  private pushing: Promise<void> | null = null
  private closed = false
  private failures = 0
  private problemValue: string | null = null
  private lostValue = false
  private statusValue: TeamSyncStatus
  private readonly listeners = new Set<() => void>()

  private constructor(
    readonly id: string,
    readonly role: string,
    opened: TeamOpened,
    private readonly bridge: TeamReplicaBridge,
  ) {
    Y.applyUpdate(this.doc, decodeBase64(opened.state), FROM_MAIN)
    this.seen = opened.version
    this.statusValue = opened.status
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === FROM_MAIN) return
      this.pending.push(update)
      this.flush()
    })
    this.awareness.on('change', (changes: { updated: number[]; added: number[] }) => {
      const own = this.doc.clientID
      if (![...changes.added, ...changes.updated].includes(own)) return
      const cursor: unknown = this.awareness.getLocalState()?.cursor
      this.pendingCaret = (cursor ?? null) as TeamCaret
      this.flush()
    })
    this.awareness.on('change', () => this.emit())
  }

  /**
   * Opens team article `id` through the bridge and starts following it; `unsent` are changes a
   * replica that lost the article had not delivered, sent again from this one.
   */
  static async open(
    id: string,
    bridge: TeamReplicaBridge,
    unsent: readonly Uint8Array[] = [],
  ): Promise<TeamDocReplica> {
    const opened = await bridge.open({ id })
    const replica = new TeamDocReplica(id, opened.role, opened, bridge)
    for (const update of unsent) Y.applyUpdate(replica.doc, update)
    void replica.follow()
    return replica
  }

  /**
   * Sends changes a closed replica of article `id` had not delivered, without showing the
   * article: one try; returns what main has still not taken.
   */
  static async deliver(
    id: string,
    bridge: TeamReplicaBridge,
    updates: readonly Uint8Array[],
  ): Promise<Uint8Array[]> {
    const replica = await TeamDocReplica.open(id, bridge, updates)
    await replica.close()
    return replica.undelivered()
  }

  /**
   * Why this window's changes are not reaching the article, in plain words; null while they
   * are.
   */
  problem(): string | null {
    return this.problemValue
  }

  /** True once main no longer has the article open: the window must open it again. */
  lost(): boolean {
    return this.lostValue
  }

  /** The changes not delivered yet (for the replica that replaces a lost one). */
  unsent(): Uint8Array[] {
    return [...this.pending]
  }

  /**
   * Every change main has not confirmed, the push under way included: what a replica opened
   * after this one closes must carry on, so nothing typed is lost when the editor remounts.
   */
  undelivered(): Uint8Array[] {
    return [...this.inFlight, ...this.pending]
  }

  /** Synced, changes waiting, or offline since when (main's connection to the team). */
  status(): TeamSyncStatus {
    return this.statusValue
  }

  /** The others who have this article open, by name and caret colour. */
  peers(): TeamPeer[] {
    const peers: TeamPeer[] = []
    for (const [clientId, state] of this.awareness.getStates()) {
      if (clientId === this.doc.clientID) continue
      const user = (state as { user?: { name?: unknown; color?: unknown } }).user
      if (typeof user?.name !== 'string') continue
      peers.push({ clientId, name: user.name, color: String(user.color ?? '#1d6fa5') })
    }
    return peers
  }

  /** Calls `listener` when the status or the peers change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Sends what is still pending, then stops following. */
  async close(): Promise<void> {
    this.closed = true
    await this.settled()
    this.awareness.destroy()
    await this.bridge.close({ id: this.id }).catch(() => undefined)
  }

  /** Resolves once every local change so far has reached main. */
  async settled(): Promise<void> {
    while (this.pushing) await this.pushing
  }

  private emit(): void {
    for (const listener of this.listeners) listener()
  }

  private flush(): void {
    if (this.pushing || this.lostValue) return
    this.pushing = this.pushPending().then((goOn) => {
      this.pushing = null
      if (goOn && (this.pending.length > 0 || this.pendingCaret !== undefined)) this.flush()
    })
  }

  private setProblem(problem: string | null): void {
    if (problem === this.problemValue) return
    this.problemValue = problem
    this.emit()
  }

  private markLost(): void {
    this.lostValue = true
    this.closed = true
    this.emit()
  }

  /** One push of what is pending; false when pushing should stop (closed, or article lost). */
  private async pushPending(): Promise<boolean> {
    const updates = this.pending
    const caret = this.pendingCaret
    this.pending = []
    this.inFlight = updates
    this.pendingCaret = undefined
    const update = updates.length > 0 ? encodeBase64(Y.mergeUpdates(updates)) : undefined
    try {
      await this.bridge.push({ id: this.id, update, caret })
      this.inFlight = []
      this.failures = 0
      this.setProblem(null)
      return true
    } catch (error) {
      this.inFlight = []
      if (isCopydeskError(error, 'forbidden') || isCopydeskError(error, 'invalid_input')) {
        // Main will never take these changes: sending them again would only repeat the refusal.
        this.setProblem(t('shell.save.notSaved', { message: messageOf(error) }))
        return true
      }
      // Main keeps nothing of a failed push: keep the changes for the next one.
      this.pending.unshift(...updates)
      if (this.pendingCaret === undefined) this.pendingCaret = caret
      if (isCopydeskError(error, 'not_found')) {
        this.markLost()
        return false
      }
      this.failures += 1
      if (this.failures >= NOT_SAVED_AFTER) {
        this.setProblem(t('team.notSavedRetrying', { message: messageOf(error) }))
      }
      if (this.closed) return false
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS))
      return !this.closed
    }
  }

  private async follow(): Promise<void> {
    while (!this.closed) {
      try {
        const stateVector = encodeBase64(Y.encodeStateVector(this.doc))
        const pulled = await this.bridge.pull({ id: this.id, stateVector, seen: this.seen })
        if (this.closed) return
        if (pulled.update) Y.applyUpdate(this.doc, decodeBase64(pulled.update), FROM_MAIN)
        if (pulled.presence) {
          applyAwarenessUpdate(this.awareness, decodeBase64(pulled.presence), FROM_MAIN)
        }
        this.seen = pulled.version
        if (JSON.stringify(pulled.status) !== JSON.stringify(this.statusValue)) {
          this.statusValue = pulled.status
          this.emit()
        }
      } catch (error) {
        if (isCopydeskError(error, 'not_found')) return this.markLost()
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS))
      }
    }
  }
}
