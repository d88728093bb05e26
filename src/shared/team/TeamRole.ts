import { z } from 'zod'

/** What a member may do in a team: the server enforces it on every update. */
export const TEAM_ROLES = ['writer', 'reviewer', 'publisher', 'admin'] as const

export const TeamRoleSchema = z.enum(TEAM_ROLES)
export type TeamRole = z.infer<typeof TeamRoleSchema>

/** Writers, publishers and admins edit the body and details; reviewers only comment and review. */
export function canEditArticle(role: TeamRole): boolean {
  return role !== 'reviewer'
}

/** The publish gate: only publishers and admins mark an article published or record a publish. */
export function canPublish(role: TeamRole): boolean {
  return role === 'publisher' || role === 'admin'
}
