import { TeamRoleSchema } from '@shared/team/TeamRole'
import type { TeamMember } from './TeamDirectory'

/**
 * The team directory's tables, the same in every store; `prefix` keeps them apart from the
 * document store's own tables where both share a database (`copydesk_` in PostgreSQL).
 */
export function teamDirectorySchema(prefix: string): string {
  return `
CREATE TABLE IF NOT EXISTS ${prefix}members (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL, revoked_at TEXT);
CREATE TABLE IF NOT EXISTS ${prefix}invites (
  code_hash TEXT PRIMARY KEY, role TEXT NOT NULL, expires_at TEXT NOT NULL,
  created_by TEXT NOT NULL, used_at TEXT);
CREATE TABLE IF NOT EXISTS ${prefix}publish_locks (
  article_id TEXT PRIMARY KEY, member_id TEXT NOT NULL, member_name TEXT NOT NULL,
  expires_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ${prefix}articles (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, status TEXT NOT NULL, updated_at TEXT NOT NULL);
`
}

/** A row of the members table, as both stores return it. */
export interface MemberRow {
  id: string
  name: string
  role: string
  created_at: string
  revoked_at: string | null
}

export function memberOf(row: MemberRow): TeamMember {
  return {
    id: row.id,
    name: row.name,
    role: TeamRoleSchema.parse(row.role),
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  }
}
