import { t } from '@shared/i18n/i18n'
import * as Y from 'yjs'
import { encodeAwarenessUpdate } from 'y-protocols/awareness'
import { decodeBase64, encodeBase64 } from '@shared/team/base64'
import type { TeamCaret, TeamPull, TeamOpened } from '@shared/ipc/channels/team'
import type { SaveInput, SaveResult } from '@shared/ipc/contract'
import { documentSchema } from '@shared/editor/schema'
import { colorOfMember } from '@shared/team/colorOfMember'
import { AppError } from '../errors/AppError'
import { ioError } from '../library/ioError'
import type { Comment } from '@shared/article/Comment'
import type { CommentAction } from '@shared/article/CommentAction'
import { ARTICLE_DOC_ROOTS } from '@shared/team/ArticleDocRoot'
import { checkUpdate } from '@shared/team/checkUpdate'
import { inspectUpdate } from '@shared/team/inspectUpdate'
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
  /** How many times the window opened it and has not closed it yet. */
  users: number
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
  /** The articles the window has open; set before anything is awaited, so two calls share one. */
  private readonly open = new Map<string, Promise<LiveArticle>>()

  private readonly schema = documentSchema()

  constructor(private readonly team: () => TeamService) {}

  /** Opens article `id` for the window: its whole state now, then pulls. */
  async openArticle(id: string): Promise<TeamOpened> {
    let opening = this.open.get(id)
    if (!opening) {
      opening = this.start(id)
      this.open.set(id, opening)
      opening.catch(() => {
        if (this.open.get(id) === opening) this.open.delete(id)
      })
    }
    const live = await opening
    live.users += 1
    const connection = await this.team().connection()
    const member = connection?.member ?? { id: '', name: '', role: 'writer' }
    live.session.awareness.setLocalStateField('user', {
      name: member.name || t('workspace.me'),
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
    const live = await this.opened(id)
    if (update) {
      const { doc } = live.session
      const bytes = decodeBase64(update)
      let changes
      try {
        changes = inspectUpdate(doc, bytes)
      } catch (cause) {
        throw new AppError('invalid_input', t('teamShared.changeUnreadable'), { cause })
      }
      // The server's own check, before the change reaches the copy on disk it would refuse.
      const problem = checkUpdate(changes, await this.role(), this.schema)
      if (problem) throw new AppError('forbidden', problem)
      try {
        Y.applyUpdate(doc, bytes, FROM_WINDOW)
      } catch (cause) {
        throw new AppError('invalid_input', t('teamShared.changeUnreadable'), { cause })
      }
    }
    if (caret !== undefined) live.session.awareness.setLocalStateField('cursor', caret)
    // Held in memory but not on disk: the window keeps its changes and says they are not saved.
    const problem = live.session.saveProblem()
    if (problem !== null) throw ioError('saveArticle', problem)
  }

  /**
   * What the window lacks, given its state vector and the version it last saw; waits (up to a
   * few seconds) until there is something.
   */
  async pull(id: string, stateVector: string, seen: number): Promise<TeamPull> {
    const live = await this.opened(id)
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
    const role = await this.role()
    const who = await this.signature(by)
    return this.withDoc(input.id, (doc) =>
      saveTeamDetails(doc, input, who, new Date(), this.schema, role),
    )
  }

  /** The comments of team article `id`, as its Y.Doc holds them. */
  comments(id: string): Promise<Comment[]> {
    return this.withDoc(id, (doc) => commentsFromYMap(doc.getMap(ARTICLE_DOC_ROOTS.comments)))
  }

  /** Comments on, replies to, resolves or deletes a comment of team article `id`. */
  async applyComment(id: string, action: CommentAction, by: string): Promise<Comment[]> {
    const who = await this.signature(by)
    return this.withDoc(id, (doc) => applyTeamComment(doc, action, who, new Date()))
  }

  /** The team knows this person by the name they joined with; `fallback` before they gave one. */
  async signature(fallback: string): Promise<string> {
    return (await this.team().connection())?.member.name || fallback
  }

  /**
   * Runs `use` on the Y.Doc of team article `id`: the window's session when it has the article
   * open, otherwise a session of its own, closed right after (the change is on disk by then).
   */
  private async withDoc<T>(id: string, use: (doc: Y.Doc) => T): Promise<T> {
    const opening = this.open.get(id)
    if (opening) return use((await opening).session.doc)
    this.checkTeamArticle(id)
    const session = await this.team().openArticle(id)
    try {
      return use(session.doc)
    } finally {
      await session.close()
    }
  }

  private async opened(id: string): Promise<LiveArticle> {
    const opening = this.open.get(id)
    if (!opening) throw new AppError('not_found', t('teamShared.articleNotOpen'))
    return opening
  }

  private checkTeamArticle(id: string): void {
    if (!this.team().isTeamArticle(id)) {
      throw new AppError('not_found', t('teamShared.notShared'))
    }
  }

  private async role(): Promise<TeamRole> {
    const parsed = TeamRoleSchema.safeParse((await this.team().connection())?.member.role)
    return parsed.success ? parsed.data : 'reviewer'
  }

  /** The window closed article `id` (once for each time it opened it). */
  async close(id: string): Promise<void> {
    const opening = this.open.get(id)
    if (!opening) return
    const live = await opening.catch(() => null)
    if (!live || this.open.get(id) !== opening) return
    if (--live.users > 0) return
    await this.end(id, live)
  }

  /** Closes article `id` however often the window opened it (it is leaving this computer). */
  async closeFully(id: string): Promise<void> {
    const opening = this.open.get(id)
    const live = await opening?.catch(() => null)
    if (live && this.open.get(id) === opening) await this.end(id, live)
  }

  /** Closes every article (the library is switching or the app quits). */
  async closeAll(): Promise<void> {
    await Promise.all([...this.open.keys()].map((id) => this.closeFully(id)))
  }

  private async end(id: string, live: LiveArticle): Promise<void> {
    this.open.delete(id)
    for (const wake of [...live.waiters]) wake()
    live.detach()
    await live.session.close()
  }

  private async start(id: string): Promise<LiveArticle> {
    this.checkTeamArticle(id)
    const session = await this.team().openArticle(id)
    const live: LiveArticle = {
      session,
      version: 1,
      waiters: new Set(),
      users: 0,
      detach: () => {},
    }
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
    return live
  }
}
