import type { IncomingMessage, ServerResponse } from 'node:http'
import type {
  Extension,
  Hocuspocus,
  onConfigurePayload,
  onRequestPayload,
} from '@hocuspocus/server'
import type { Schema } from '@tiptap/pm/model'
import { z } from 'zod'
import { readArticleFromYDoc } from '@shared/team/readArticleFromYDoc'
import { TEAM_PROTOCOL_VERSION } from '@shared/team/teamProtocol'
import { canPublish, TeamRoleSchema } from '@shared/team/TeamRole'
import type { TeamDirectory, TeamMember } from './TeamDirectory'
import type { TeamGuard } from './TeamGuard'
import { InviteError, type TeamMembers } from './TeamMembers'

const MAX_BODY_BYTES = 64 * 1024
/** How long a publish lock lasts unless released: longer than any publish takes. */
const PUBLISH_LOCK_MS = 5 * 60 * 1000

const RedeemSchema = z.object({
  code: z.string().min(1).max(200),
  name: z.string().max(200).default(''),
  protocol: z.number().int(),
})
const InviteSchema = z.object({ role: TeamRoleSchema })

type Reply = { status: number; body: unknown }

async function readJson(request: IncomingMessage): Promise<unknown> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) throw new Error('too large')
    chunks.push(chunk)
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
}

function send(response: ServerResponse, { status, body }: Reply): void {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
  response.end(JSON.stringify(body))
}

const error = (status: number, message: string): Reply => ({ status, body: { error: message } })

/**
 * The team server's small HTTP API beside the WebSocket: server info (the app checks it is
 * talking to a Copydesk team server of the same protocol), redeeming an invite, the article list,
 * and the admin's invites, members and revocations. Every route but info and redeem needs a
 * member's token as `Authorization: Bearer`.
 */
export class TeamHttpApi implements Extension {
  extensionName = 'TeamHttpApi'
  private instance: Hocuspocus | null = null

  constructor(
    private readonly members: TeamMembers,
    private readonly directory: TeamDirectory,
    private readonly guard: TeamGuard,
    private readonly name: string,
    private readonly schema: Schema,
  ) {}

  async onConfigure({ instance }: onConfigurePayload) {
    this.instance = instance
  }

  async onRequest({ request, response }: onRequestPayload) {
    const url = new URL(request.url ?? '/', 'http://server')
    let reply: Reply
    try {
      reply = await this.route(request.method ?? 'GET', url.pathname, request)
    } catch {
      reply = error(400, 'The request could not be read.')
    }
    send(response, reply)
    // An empty rejection tells Hocuspocus the request was answered.
    return Promise.reject(null)
  }

  private async route(method: string, path: string, request: IncomingMessage): Promise<Reply> {
    if (method === 'GET' && (path === '/' || path === '/api/info')) {
      return {
        status: 200,
        body: { product: 'copydesk-server', protocol: TEAM_PROTOCOL_VERSION, name: this.name },
      }
    }
    if (method === 'POST' && path === '/api/redeem') return this.redeem(await readJson(request))
    const member = await this.members.authenticate(
      (request.headers.authorization ?? '').replace(/^Bearer /, ''),
    )
    if (!member) return error(401, 'This device is not, or no longer, a member of the team.')
    if (method === 'GET' && path === '/api/articles') {
      return { status: 200, body: { articles: await this.directory.articles() } }
    }
    if (method === 'GET' && path === '/api/me') return { status: 200, body: { member } }
    const article = /^\/api\/articles\/([a-z0-9][a-z0-9-]{2,63})$/.exec(path)
    if (method === 'GET' && article?.[1]) return this.article(article[1])
    const lock = /^\/api\/articles\/([a-z0-9][a-z0-9-]{2,63})\/publish-lock$/.exec(path)
    if (lock?.[1] && (method === 'POST' || method === 'DELETE')) {
      return this.publishLock(method, lock[1], member)
    }
    if (member.role !== 'admin') return error(403, 'Only a team admin can do that.')
    return this.admin(method, path, request, member)
  }

  /** An article as the app's article.json, derived from its Y.Doc (preview, search, links). */
  private async article(id: string): Promise<Reply> {
    const known = (await this.directory.articles()).some((entry) => entry.id === id)
    if (!known || !this.instance) return error(404, 'The team has no such article.')
    const connection = await this.instance.openDirectConnection(id)
    try {
      if (!connection.document) return error(404, 'The team has no such article.')
      return { status: 200, body: readArticleFromYDoc(connection.document, id, this.schema) }
    } finally {
      await connection.disconnect()
    }
  }

  /**
   * The publish lock: a publisher takes it before publishing an article and releases it after,
   * so two members never publish the same article at once (no duplicate posts). It expires by
   * itself after PUBLISH_LOCK_MS, in case the app that took it goes away.
   */
  private async publishLock(method: string, articleId: string, member: TeamMember): Promise<Reply> {
    if (!canPublish(member.role)) return error(403, 'Only publishers and admins can publish.')
    if (method === 'DELETE') {
      await this.directory.releasePublishLock(articleId, member.id)
      return { status: 200, body: { released: true } }
    }
    const now = new Date()
    const expiresAt = new Date(now.getTime() + PUBLISH_LOCK_MS).toISOString()
    const holder = await this.directory.takePublishLock(
      articleId,
      member,
      expiresAt,
      now.toISOString(),
    )
    if (holder.memberId !== member.id) {
      // `holder` lets the app name them in the person's own language.
      return {
        status: 409,
        body: {
          error: `${holder.memberName} is publishing this article right now; try again in a moment.`,
          holder: holder.memberName,
        },
      }
    }
    return { status: 200, body: { expiresAt } }
  }

  private async redeem(input: unknown): Promise<Reply> {
    const parsed = RedeemSchema.safeParse(input)
    if (!parsed.success) return error(400, 'Send an invite code.')
    if (parsed.data.protocol !== TEAM_PROTOCOL_VERSION) {
      return error(
        426,
        `This team server speaks version ${TEAM_PROTOCOL_VERSION}; update the app or the server.`,
      )
    }
    try {
      const { member, token } = await this.members.redeem(parsed.data.code, parsed.data.name)
      return { status: 200, body: { member, token } }
    } catch (cause) {
      if (cause instanceof InviteError) return error(410, cause.message)
      throw cause
    }
  }

  private async admin(method: string, path: string, request: IncomingMessage, by: TeamMember) {
    if (method === 'POST' && path === '/api/invites') {
      const parsed = InviteSchema.safeParse(await readJson(request))
      if (!parsed.success) return error(400, 'Choose a role: writer, reviewer, publisher or admin.')
      return { status: 200, body: await this.members.invite(parsed.data.role, by.id) }
    }
    if (method === 'GET' && path === '/api/members') {
      return { status: 200, body: { members: await this.members.members() } }
    }
    const revoke = /^\/api\/members\/([0-9a-f-]{36})\/revoke$/.exec(path)
    if (method === 'POST' && revoke?.[1]) {
      const revoked = await this.members.revoke(revoke[1])
      await this.guard.disconnectRevoked()
      return revoked ? { status: 200, body: { revoked: true } } : error(404, 'No such member.')
    }
    return error(404, 'No such route.')
  }
}
