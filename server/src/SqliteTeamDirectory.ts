import Database from 'better-sqlite3'
import { TeamRoleSchema, type TeamRole } from '@shared/team/TeamRole'
import type { InviteRefusal, TeamArticleEntry, TeamDirectory, TeamMember } from './TeamDirectory'
import { memberOf, teamDirectorySchema, type MemberRow } from './teamDirectoryTables'

const SCHEMA = teamDirectorySchema('')

/** The team directory in a SQLite file (WAL, so the document store can share the file). */
export class SqliteTeamDirectory implements TeamDirectory {
  private readonly db: Database.Database

  constructor(file: string) {
    this.db = new Database(file)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('busy_timeout = 5000')
    this.db.exec(SCHEMA)
  }

  async addInvite(codeHash: string, role: TeamRole, expiresAt: string, createdBy: string) {
    this.db
      .prepare('INSERT INTO invites (code_hash, role, expires_at, created_by) VALUES (?, ?, ?, ?)')
      .run(codeHash, role, expiresAt, createdBy)
  }

  async takeInvite(codeHash: string, now: string): Promise<TeamRole | InviteRefusal> {
    const taken = this.db
      .prepare(
        'UPDATE invites SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING role',
      )
      .get(now, codeHash, now) as { role: string } | undefined
    if (taken) return TeamRoleSchema.parse(taken.role)
    const row = this.db.prepare('SELECT used_at FROM invites WHERE code_hash = ?').get(codeHash) as
      { used_at: string | null } | undefined
    return !row ? 'unknown' : row.used_at ? 'used' : 'expired'
  }

  async addMember(member: TeamMember, tokenHash: string) {
    this.db
      .prepare(
        'INSERT INTO members (id, name, role, token_hash, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(member.id, member.name, member.role, tokenHash, member.createdAt, member.revokedAt)
  }

  async memberByToken(tokenHash: string): Promise<TeamMember | null> {
    const row = this.db.prepare('SELECT * FROM members WHERE token_hash = ?').get(tokenHash) as
      MemberRow | undefined
    return row ? memberOf(row) : null
  }

  async members(): Promise<TeamMember[]> {
    const rows = this.db.prepare('SELECT * FROM members ORDER BY created_at').all() as MemberRow[]
    return rows.map(memberOf)
  }

  async revokeMember(id: string, at: string): Promise<boolean> {
    const result = this.db
      .prepare('UPDATE members SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
      .run(at, id)
    return result.changes > 0
  }

  async takePublishLock(articleId: string, member: TeamMember, expiresAt: string, now: string) {
    this.db
      .prepare(
        `INSERT INTO publish_locks (article_id, member_id, member_name, expires_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(article_id) DO UPDATE SET member_id = excluded.member_id,
         member_name = excluded.member_name, expires_at = excluded.expires_at
         WHERE publish_locks.expires_at <= ? OR publish_locks.member_id = excluded.member_id`,
      )
      .run(articleId, member.id, member.name, expiresAt, now)
    const row = this.db
      .prepare('SELECT member_id, member_name FROM publish_locks WHERE article_id = ?')
      .get(articleId) as { member_id: string; member_name: string }
    return { memberId: row.member_id, memberName: row.member_name }
  }

  async releasePublishLock(articleId: string, memberId: string) {
    this.db
      .prepare('DELETE FROM publish_locks WHERE article_id = ? AND member_id = ?')
      .run(articleId, memberId)
  }

  async putArticle(entry: TeamArticleEntry) {
    this.db
      .prepare(
        `INSERT INTO articles (id, title, status, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET title = excluded.title, status = excluded.status,
         updated_at = excluded.updated_at`,
      )
      .run(entry.id, entry.title, entry.status, entry.updatedAt)
  }

  async articles(): Promise<TeamArticleEntry[]> {
    const rows = this.db
      .prepare('SELECT id, title, status, updated_at AS updatedAt FROM articles ORDER BY id')
      .all() as TeamArticleEntry[]
    return rows
  }

  async close() {
    this.db.close()
  }
}
