import type pg from 'pg'
import { TeamRoleSchema, type TeamRole } from '@shared/team/TeamRole'
import type { InviteRefusal, TeamArticleEntry, TeamDirectory, TeamMember } from './TeamDirectory'
import { memberOf, teamDirectorySchema, type MemberRow } from './teamDirectoryTables'

const SCHEMA = teamDirectorySchema('copydesk_')

/** The team directory in PostgreSQL, shared by every instance of the server. */
export class PostgresTeamDirectory implements TeamDirectory {
  private constructor(private readonly pool: pg.Pool) {}

  /** Opens the directory, creating its tables when missing. */
  static async open(pool: pg.Pool): Promise<PostgresTeamDirectory> {
    await pool.query(SCHEMA)
    return new PostgresTeamDirectory(pool)
  }

  async addInvite(codeHash: string, role: TeamRole, expiresAt: string, createdBy: string) {
    await this.pool.query(
      'INSERT INTO copydesk_invites (code_hash, role, expires_at, created_by) VALUES ($1, $2, $3, $4)',
      [codeHash, role, expiresAt, createdBy],
    )
  }

  async takeInvite(codeHash: string, now: string): Promise<TeamRole | InviteRefusal> {
    const taken = await this.pool.query<{ role: string }>(
      `UPDATE copydesk_invites SET used_at = $1
       WHERE code_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING role`,
      [now, codeHash],
    )
    const role = taken.rows[0]?.role
    if (role) return TeamRoleSchema.parse(role)
    const row = await this.pool.query<{ used_at: string | null }>(
      'SELECT used_at FROM copydesk_invites WHERE code_hash = $1',
      [codeHash],
    )
    const invite = row.rows[0]
    return !invite ? 'unknown' : invite.used_at ? 'used' : 'expired'
  }

  async addMember(member: TeamMember, tokenHash: string) {
    await this.pool.query(
      `INSERT INTO copydesk_members (id, name, role, token_hash, created_at, revoked_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [member.id, member.name, member.role, tokenHash, member.createdAt, member.revokedAt],
    )
  }

  async memberByToken(tokenHash: string): Promise<TeamMember | null> {
    const result = await this.pool.query<MemberRow>(
      'SELECT * FROM copydesk_members WHERE token_hash = $1',
      [tokenHash],
    )
    const row = result.rows[0]
    return row ? memberOf(row) : null
  }

  async members(): Promise<TeamMember[]> {
    const result = await this.pool.query<MemberRow>(
      'SELECT * FROM copydesk_members ORDER BY created_at',
    )
    return result.rows.map(memberOf)
  }

  async revokeMember(id: string, at: string): Promise<boolean> {
    const result = await this.pool.query(
      'UPDATE copydesk_members SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL',
      [at, id],
    )
    return (result.rowCount ?? 0) > 0
  }

  async takePublishLock(articleId: string, member: TeamMember, expiresAt: string, now: string) {
    await this.pool.query(
      `INSERT INTO copydesk_publish_locks (article_id, member_id, member_name, expires_at)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (article_id) DO UPDATE SET member_id = EXCLUDED.member_id,
       member_name = EXCLUDED.member_name, expires_at = EXCLUDED.expires_at
       WHERE copydesk_publish_locks.expires_at <= $5
       OR copydesk_publish_locks.member_id = EXCLUDED.member_id`,
      [articleId, member.id, member.name, expiresAt, now],
    )
    const result = await this.pool.query<{ member_id: string; member_name: string }>(
      'SELECT member_id, member_name FROM copydesk_publish_locks WHERE article_id = $1',
      [articleId],
    )
    const row = result.rows[0]
    return { memberId: row?.member_id ?? '', memberName: row?.member_name ?? '' }
  }

  async releasePublishLock(articleId: string, memberId: string) {
    await this.pool.query(
      'DELETE FROM copydesk_publish_locks WHERE article_id = $1 AND member_id = $2',
      [articleId, memberId],
    )
  }

  async putArticle(entry: TeamArticleEntry) {
    await this.pool.query(
      `INSERT INTO copydesk_articles (id, title, status, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status,
       updated_at = EXCLUDED.updated_at`,
      [entry.id, entry.title, entry.status, entry.updatedAt],
    )
  }

  async articles(): Promise<TeamArticleEntry[]> {
    const result = await this.pool.query<TeamArticleEntry>(
      'SELECT id, title, status, updated_at AS "updatedAt" FROM copydesk_articles ORDER BY id',
    )
    return result.rows
  }

  async close() {
    await this.pool.end()
  }
}
