import * as Y from 'yjs'
import { encodeAwarenessUpdate } from 'y-protocols/awareness'
import { decodeBase64, encodeBase64 } from '@shared/team/base64'
import type { TeamCaret, TeamPull, TeamOpened } from '@shared/ipc/channels/team'
import type { SaveInput, SaveResult } from '@shared/ipc/contract'
import { documentSchema } from '@shared/editor/schema'
import { colorOfMember } from '@shared/team/colorOfMember'
import { AppError } from '../errors/AppError'
import type { Comment } from '@shared/article/Comment'
import type { CommentAction } from '@shared/article/CommentAction'
import { ARTICLE_DOC_ROOTS } from '@shared/team/ArticleDocRoot'
import { commentsFromYMap } from '@shared/team/readArticleFromYDoc'
import { TeamRoleSchema, type TeamRole } from '@shared/team/TeamRole'
import { applyTeamComment } from './applyTeamComment'
import { saveTeamDetails } from './saveTeamDetails'
import type { TeamArticleSession, TeamService } from './TeamService'

/** Changes that came from the window: never sent back to it. */
const FROM_WINDOW = Symbol('window')
/** Longest a pull waits for something new before answering "nothing yet". */
const MAX_WAIT_MS = 5000

interface LiveArticle {
  session: TeamArticleSession
  /** Grows with every change the window has not made itself, and every presence change. */
  version: number
  waiters: Set<() => void>
  /** Stops listening to the article (which other users of the session may keep open). */
  detach(): void
}

/**
 * Relays team articles between the main side, which holds the connection and the copy on disk,
 * and the window's editor, which holds a replica of each open article's Y.Doc: the window sends
 * its changes (`push`) and asks for what it lacks (`pull`, answered as soon as something new
 * arrives). The window never gets a socket or Node; only Yjs updates cross, as base64.
 */
export class LiveTeamArticles {
  private readonly open = new Map<string, LiveArticle>()

  private readonly schema = documentSchema()

  constructor(private readonly team: () => TeamService) {}

  /** Opens article `id` for the window: its whole state now, then pulls. */
  async openArticle(id: string): Promise<TeamOpened> {
    const live = await this.live(id)
    const connection = await this.team().connection()
    const member = connection?.member ?? { id: '', name: 'Me', role: 'writer' }
    live.session.awareness.setLocalStateField('user', {
      name: member.name || 'Me',
      color: colorOfMember(member.id),
    })
    return {
      state: encodeBase64(Y.encodeStateAsUpdate(live.session.doc)),
      version: live.version,
      role: member.role,
      status: live.session.status(),
    }
  }

  /** Applies the window's changes and caret to the article. */
  async push(id: string, update: string | undefined, caret: TeamCaret | undefined): Promise<void> {
    const live = this.open.get(id)
    if (!live) throw new AppError('not_found', 'That team article is not open.')
    if (update) {
      try {
        Y.applyUpdate(live.session.doc, decodeBase64(update), FROM_WINDOW)
      } catch (cause) {
        throw new AppError('invalid_input', 'The change could not be read.', { cause })
      }
    }
    if (caret !== undefined) live.session.awareness.setLocalStateField('cursor', caret)
  }

  /**
   * What the window lacks, given its state vector and the version it last saw; waits (up to a
   * few seconds) until there is something.
   */
  async pull(id: string, stateVector: string, seen: number): Promise<TeamPull> {
    const live = this.open.get(id)
    if (!live) throw new AppError('not_found', 'That team article is not open.')
    if (live.version === seen) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, MAX_WAIT_MS)
        function done() {
          clearTimeout(timer)
          live?.waiters.delete(done)
          resolve()
        }
        live.waiters.add(done)
      })
    }
    const { doc, awareness } = live.session
    const others = [...awareness.meta.keys()].filter((client) => client !== doc.clientID)
    return {
      update:
        live.version === seen
          ? null
          : encodeBase64(Y.encodeStateAsUpdate(doc, decodeBase64(stateVector))),
      presence: others.length > 0 ? encodeBase64(encodeAwarenessUpdate(awareness, others)) : null,
      version: live.version,
      status: live.session.status(),
    }
  }

  /** Saves the details and review status of team article `id` into its Y.Doc. */
  async saveDetails(input: SaveInput, by: string): Promise<SaveResult> {
    const live = await this.live(input.id)
    const role = await this.role()
    const who = await this.signature(by)
    return saveTeamDetails(live.session.doc, input, who, new Date(), this.schema, role)
  }

  /** The comments of team article `id`, as its Y.Doc holds them. */
  async comments(id: string): Promise<Comment[]> {
    const live = await this.live(id)
    return commentsFromYMap(live.session.doc.getMap(ARTICLE_DOC_ROOTS.comments))
  }

  /** Comments on, replies to, resolves or deletes a comment of team article `id`. */
  async applyComment(id: string, action: CommentAction, by: string): Promise<Comment[]> {
    const live = await this.live(id)
    return applyTeamComment(live.session.doc, action, await this.signature(by), new Date())
  }

  /** The team knows this person by the name they joined with; `fallback` before they gave one. */
  async signature(fallback: string): Promise<string> {
    return (await this.team().connection())?.member.name || fallback
  }

  private async role(): Promise<TeamRole> {
    const parsed = TeamRoleSchema.safeParse((await this.team().connection())?.member.role)
    return parsed.success ? parsed.data : 'reviewer'
  }

  /** The window closed article `id`. */
  async close(id: string): Promise<void> {
    const live = this.open.get(id)
    if (!live) return
    this.open.delete(id)
    for (const wake of [...live.waiters]) wake()
    live.detach()
    await live.session.close()
  }

  /** Closes every article (the library is switching or the app quits). */
  async closeAll(): Promise<void> {
    await Promise.all([...this.open.keys()].map((id) => this.close(id)))
  }

  private async live(id: string): Promise<LiveArticle> {
    const known = this.open.get(id)
    if (known) return known
    if (!this.team().isTeamArticle(id)) {
      throw new AppError('not_found', 'That article is not shared with the team.')
    }
    const session = await this.team().openArticle(id)
    const live: LiveArticle = { session, version: 1, waiters: new Set(), detach: () => {} }
    const wake = () => {
      live.version += 1
      for (const waiter of [...live.waiters]) waiter()
    }
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_WINDOW) wake()
    }
    session.doc.on('update', onUpdate)
    const onPresence = (changes: { added: number[]; updated: number[]; removed: number[] }) => {
      const own = session.doc.clientID
      const touched = [...changes.added, ...changes.updated, ...changes.removed]
      if (touched.some((client) => client !== own)) wake()
    }
    session.awareness.on('update', onPresence)
    live.detach = () => {
      session.doc.off('update', onUpdate)
      session.awareness.off('update', onPresence)
    }
    this.open.set(id, live)
    return live
  }
}
