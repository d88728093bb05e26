import { z } from 'zod'
import { ArticleIdSchema, ArticleSchema } from '../../article/Article'
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

/** A Yjs update or state vector as base64; 16 MB of base64 at most. */
const Base64Schema = z
  .string()
  .max(16 * 1024 * 1024)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64.')

const TeamSyncStatusSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('synced') }),
  z.object({ kind: z.literal('waiting'), changes: z.number() }),
  z.object({ kind: z.literal('offline'), since: z.string(), changes: z.number() }),
])

/** A caret as y-prosemirror keeps it in awareness: two relative positions, or none. */
const TeamCaretSchema = z
  .object({
    anchor: z.record(z.string(), z.unknown()),
    head: z.record(z.string(), z.unknown()),
  })
  .nullable()
export type TeamCaret = z.infer<typeof TeamCaretSchema>

/** A team article opened for the window: its whole Y.Doc state, and who is editing it. */
export const TeamOpenedSchema = z.object({
  state: Base64Schema,
  version: z.number().int(),
  role: z.string(),
  status: TeamSyncStatusSchema,
})
export type TeamOpened = z.infer<typeof TeamOpenedSchema>

/** What the window lacks of a team article, and the others' presence (awareness update). */
export const TeamPullSchema = z.object({
  update: Base64Schema.nullable(),
  presence: Base64Schema.nullable(),
  version: z.number().int(),
  status: TeamSyncStatusSchema,
})
export type TeamPull = z.infer<typeof TeamPullSchema>

const ById = z.object({ id: ArticleIdSchema })

/**
 * The team workspace: which team this library belongs to, joining one with an invite, moving
 * articles in, and the live relay of an open team article between the window and main.
 */
export const teamChannels = {
  view: channel(z.undefined(), TeamViewSchema),
  connect: channel(TeamConnectSchema, TeamViewSchema),
  /** Fetches the team's articles this computer does not have yet; answers how many came. */
  fetchArticles: channel(z.undefined(), z.object({ fetched: z.number().int() })),
  /** Moves an article of this computer into the team. */
  moveIn: channel(ById, ArticleSchema),
  /** A copy of a team article kept only on this computer. */
  copyOut: channel(ById, ArticleSchema),
  open: channel(ById, TeamOpenedSchema),
  push: channel(
    z.object({
      id: ArticleIdSchema,
      update: Base64Schema.optional(),
      caret: TeamCaretSchema.optional(),
    }),
    z.undefined(),
  ),
  pull: channel(
    z.object({ id: ArticleIdSchema, stateVector: Base64Schema, seen: z.number().int() }),
    TeamPullSchema,
  ),
  close: channel(ById, z.undefined()),
}
