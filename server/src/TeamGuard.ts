import type {
  Extension,
  Hocuspocus,
  afterStoreDocumentPayload,
  beforeSyncPayload,
  onAuthenticatePayload,
  onConfigurePayload,
} from '@hocuspocus/server'
import type { Schema } from '@tiptap/pm/model'
import { ArticleIdSchema } from '@shared/article/Article'
import { checkUpdate } from '@shared/team/checkUpdate'
import { inspectUpdate } from '@shared/team/inspectUpdate'
import { readArticleFromYDoc } from '@shared/team/readArticleFromYDoc'
import { TEAM_CLOSE_CODES, TEAM_PROTOCOL_VERSION } from '@shared/team/teamProtocol'
import type { TeamDirectory, TeamMember } from './TeamDirectory'
import type { TeamMembers } from './TeamMembers'
import { TeamRefusal } from './TeamRefusal'

/** What the server keeps about each authenticated connection. */
export interface TeamContext {
  member: TeamMember
  token: string
}

/** y-protocols sync message types that carry document changes (step 2 and update). */
const CHANGE_MESSAGES = new Set([1, 2])

/** Options of {@link TeamGuard}. */
export interface TeamGuardOptions {
  members: TeamMembers
  directory: TeamDirectory
  schema: Schema
  /** Largest single update accepted, in bytes. */
  maxUpdateBytes: number
  /** How often open connections are checked for revoked tokens, in ms. */
  revocationCheckMs: number
}

function versionMessage(clientVersion: number): string {
  const side = clientVersion < TEAM_PROTOCOL_VERSION ? 'app is older' : 'team server is older'
  return `The ${side} than the other side (app speaks version ${clientVersion}, server ${TEAM_PROTOCOL_VERSION}). Update it to connect.`
}

function isContext(value: unknown): value is TeamContext {
  return typeof value === 'object' && value !== null && 'member' in value && 'token' in value
}

/**
 * Who may connect and what each update may change: checks the protocol version and the token
 * when a client opens an article, checks every incoming change against the member's role
 * before it reaches the document (a refused change closes that connection with the reason),
 * keeps the article list current, and disconnects members whose token was revoked.
 */
export class TeamGuard implements Extension {
  extensionName = 'TeamGuard'
  private instance: Hocuspocus | null = null
  private timer: NodeJS.Timeout | null = null

  constructor(private readonly options: TeamGuardOptions) {}

  async onConfigure({ instance }: onConfigurePayload) {
    this.instance = instance
    this.timer = setInterval(() => void this.disconnectRevoked(), this.options.revocationCheckMs)
    this.timer.unref()
  }

  async onAuthenticate({ token, documentName, requestParameters }: onAuthenticatePayload) {
    const version = Number(requestParameters.get('protocol') ?? 0)
    if (version !== TEAM_PROTOCOL_VERSION) {
      throw new TeamRefusal(TEAM_CLOSE_CODES.versionMismatch, versionMessage(version))
    }
    if (!ArticleIdSchema.safeParse(documentName).success) {
      throw new TeamRefusal(TEAM_CLOSE_CODES.badUpdate, 'That is not the name of a team article.')
    }
    const member = await this.options.members.authenticate(token)
    if (!member) {
      throw new TeamRefusal(
        TEAM_CLOSE_CODES.unauthorized,
        'This device is not, or no longer, a member of the team. Connect again with a new invite.',
      )
    }
    return { member, token } satisfies TeamContext
  }

  async beforeSync({ type, payload, document, context }: beforeSyncPayload) {
    if (!CHANGE_MESSAGES.has(type)) return
    if (!isContext(context)) {
      throw new TeamRefusal(TEAM_CLOSE_CODES.unauthorized, 'Sign in to the team first.')
    }
    if (payload.byteLength > this.options.maxUpdateBytes) {
      throw new TeamRefusal(TEAM_CLOSE_CODES.badUpdate, 'That change is too large to accept.')
    }
    let changes
    try {
      changes = inspectUpdate(document, payload)
    } catch {
      throw new TeamRefusal(TEAM_CLOSE_CODES.badUpdate, 'The server could not read a change.')
    }
    const problem = checkUpdate(changes, context.member.role, this.options.schema)
    if (problem) throw new TeamRefusal(TEAM_CLOSE_CODES.forbidden, problem)
  }

  async afterStoreDocument({ document, documentName }: afterStoreDocumentPayload) {
    if (!ArticleIdSchema.safeParse(documentName).success) return
    const { meta } = readArticleFromYDoc(document, documentName, this.options.schema)
    await this.options.directory.putArticle({
      id: documentName,
      title: meta.title,
      status: meta.status,
      updatedAt: new Date().toISOString(),
    })
  }

  async onDestroy() {
    if (this.timer) clearInterval(this.timer)
  }

  /** Closes every connection whose token no longer authenticates (revoked on any instance). */
  async disconnectRevoked(): Promise<void> {
    if (!this.instance) return
    const verdicts = new Map<string, Promise<TeamMember | null>>()
    for (const document of this.instance.documents.values()) {
      for (const connection of document.getConnections()) {
        const context: unknown = connection.context
        if (!isContext(context)) continue
        let verdict = verdicts.get(context.token)
        if (!verdict) {
          verdict = this.options.members.authenticate(context.token)
          verdicts.set(context.token, verdict)
        }
        if (!(await verdict)) {
          connection.close({
            code: TEAM_CLOSE_CODES.unauthorized,
            reason: 'Your access to the team was revoked.',
          })
        }
      }
    }
  }
}
