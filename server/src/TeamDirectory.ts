import type { TeamRole } from '@shared/team/TeamRole'

/** A member of the team, as the server keeps it (never the token itself, only its hash). */
export interface TeamMember {
  id: string
  name: string
  role: TeamRole
  createdAt: string
  revokedAt: string | null
}

/** Why an invite could not be used. */
export type InviteRefusal = 'unknown' | 'used' | 'expired'

/** One team article in the list every member's library shows. */
export interface TeamArticleEntry {
  id: string
  title: string
  status: string
  updatedAt: string
}

/**
 * Where the server keeps members, invites and the article list: SQLite beside the documents by
 * default, PostgreSQL for several instances. Codes and tokens arrive here already hashed.
 */
export interface TeamDirectory {
  addInvite(codeHash: string, role: TeamRole, expiresAt: string, createdBy: string): Promise<void>
  /** Marks an unused, unexpired invite used (atomically) and gives its role, or why not. */
  takeInvite(codeHash: string, now: string): Promise<TeamRole | InviteRefusal>
  addMember(member: TeamMember, tokenHash: string): Promise<void>
  memberByToken(tokenHash: string): Promise<TeamMember | null>
  members(): Promise<TeamMember[]>
  revokeMember(id: string, at: string): Promise<boolean>
  /**
   * Gives `member` the article's publish lock until `expiresAt` unless another member holds an
   * unexpired one; answers the holder's name either way.
   */
  takePublishLock(
    articleId: string,
    member: TeamMember,
    expiresAt: string,
    now: string,
  ): Promise<{ memberId: string; memberName: string }>
  releasePublishLock(articleId: string, memberId: string): Promise<void>
  putArticle(entry: TeamArticleEntry): Promise<void>
  articles(): Promise<TeamArticleEntry[]>
  close(): Promise<void>
}
