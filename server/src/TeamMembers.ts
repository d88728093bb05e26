import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { TeamRole } from '@shared/team/TeamRole'
import type { TeamDirectory, TeamMember } from './TeamDirectory'

/** How long an invite may wait to be used, unless the admin says otherwise. */
export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

const hash = (secret: string): string => createHash('sha256').update(secret).digest('hex')

/** What the person who used an invite is told. */
const REFUSALS = {
  unknown: 'This invite code is not known to the team server. Check it, or ask for a new one.',
  used: 'This invite code was already used. Ask the team admin for a new one.',
  expired: 'This invite code has expired. Ask the team admin for a new one.',
} as const

/** An invite that could not be exchanged, with the sentence to show. */
export class InviteError extends Error {}

/**
 * Members and their credentials: an admin makes a one-time invite code for a role; the app
 * exchanges it once for a long-lived token. Only hashes of codes and tokens are stored, so a
 * copy of the database does not let anyone in.
 */
export class TeamMembers {
  constructor(
    private readonly directory: TeamDirectory,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A new one-time invite code for `role`. */
  async invite(role: TeamRole, createdBy: string, lifetimeMs = INVITE_LIFETIME_MS) {
    const code = `cdi_${randomBytes(18).toString('base64url')}`
    const expiresAt = new Date(this.now().getTime() + lifetimeMs).toISOString()
    await this.directory.addInvite(hash(code), role, expiresAt, createdBy)
    return { code, role, expiresAt }
  }

  /** Exchanges an invite for a member and its token; throws {@link InviteError} when it cannot. */
  async redeem(code: string, name: string): Promise<{ member: TeamMember; token: string }> {
    const taken = await this.directory.takeInvite(hash(code.trim()), this.now().toISOString())
    if (taken in REFUSALS) throw new InviteError(REFUSALS[taken as keyof typeof REFUSALS])
    const member: TeamMember = {
      id: randomUUID(),
      name: name.trim().slice(0, 200) || 'Member',
      role: taken as TeamRole,
      createdAt: this.now().toISOString(),
      revokedAt: null,
    }
    const token = `cdt_${randomBytes(32).toString('base64url')}`
    await this.directory.addMember(member, hash(token))
    return { member, token }
  }

  /** The member a token belongs to, or null when it is unknown or revoked. */
  async authenticate(token: string): Promise<TeamMember | null> {
    if (!token.startsWith('cdt_') || token.length > 200) return null
    const member = await this.directory.memberByToken(hash(token))
    return member && member.revokedAt === null ? member : null
  }

  /** Revokes a member's token; their open connections are closed by the server. */
  revoke(memberId: string): Promise<boolean> {
    return this.directory.revokeMember(memberId, this.now().toISOString())
  }

  members(): Promise<TeamMember[]> {
    return this.directory.members()
  }
}
