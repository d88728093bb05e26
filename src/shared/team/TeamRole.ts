import { t } from '../i18n/i18n'
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

/**
 * Why a member cannot publish a team article, in words for the Publish button and the refusal;
 * null when their role can. An unknown role (an older server's) cannot publish either.
 */
export function whyCannotPublish(role: string | null | undefined): string | null {
  const known = TeamRoleSchema.safeParse(role)
  if (known.success && canPublish(known.data)) return null
  if (!role) return t('teamMain.joinedAsMember')
  return t('teamMain.joinedAs', { role: known.success ? t(`team.roles.${known.data}`) : role })
}
