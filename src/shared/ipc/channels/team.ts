import { z } from 'zod'
import { channel } from '../channel'

/** What Settings → Team shows: the team this library belongs to, if any. */
export const TeamViewSchema = z.object({
  connected: z.boolean(),
  url: z.string().nullable(),
  teamName: z.string().nullable(),
  memberName: z.string().nullable(),
  role: z.string().nullable(),
})
export type TeamView = z.infer<typeof TeamViewSchema>

export const TeamConnectSchema = z.object({
  address: z.string().min(1).max(500),
  invite: z.string().min(1).max(200),
  name: z.string().max(200),
  /** The person confirmed a ws:// address to another computer. */
  allowInsecure: z.boolean().default(false),
})
export type TeamConnect = z.input<typeof TeamConnectSchema>

/** The team workspace: which team this library belongs to, and joining one with an invite. */
export const teamChannels = {
  view: channel(z.undefined(), TeamViewSchema),
  connect: channel(TeamConnectSchema, TeamViewSchema),
}
