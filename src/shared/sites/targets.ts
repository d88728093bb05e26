import { z } from 'zod'

/*
 * Publish target settings, one schema per kind. Each holds only what may be shown and stored in
 * settings; tokens and passwords go to the secret store.
 */

export const GitTargetConfigSchema = z.object({
  kind: z.literal('git'),
  repoUrl: z.string().max(2048),
  branch: z.string().max(200).default('main'),
  username: z.string().max(200).default(''),
})

export const WordPressTargetConfigSchema = z.object({
  kind: z.literal('wordpress'),
  siteUrl: z.string().max(2048),
  username: z.string().max(200),
  /**
   * What "Publish" does on this site: `publish` puts the post live (or schedules it when the
   * article's publish date is in the future); `draft` leaves it as a draft for review there.
   */
  postStatus: z.enum(['publish', 'draft']).default('publish'),
  /** What "Unpublish" does unless the person picks otherwise: back to draft, or to the trash. */
  unpublishMode: z.enum(['draft', 'remove']).default('draft'),
})
export type WordPressTargetConfig = z.infer<typeof WordPressTargetConfigSchema>

export const GhostTargetConfigSchema = z.object({
  kind: z.literal('ghost'),
  /** The address Ghost admin is opened on, without `/ghost` (e.g. `https://news.example.com`). */
  adminUrl: z.string().max(2048),
})
export type GhostTargetConfig = z.infer<typeof GhostTargetConfigSchema>

export const WEBHOOK_SIGNATURE_HEADER = 'X-Copydesk-Signature'

export const WebhookTargetConfigSchema = z.object({
  kind: z.literal('webhook'),
  url: z.string().max(2048),
  /** Header carrying `sha256=<hex>`, the HMAC-SHA256 of the raw body with the `hmacSecret`. */
  signatureHeader: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,100}$/, 'a header name uses letters, digits and dashes')
    .default(WEBHOOK_SIGNATURE_HEADER),
  /**
   * `inline`: images travel inside the body and the HTML uses data URIs. `urls`: images travel
   * inside the body and the HTML points at `imageBaseUrl` + the image's name, where the
   * receiving site serves them.
   */
  images: z.enum(['inline', 'urls']).default('inline'),
  imageBaseUrl: z.string().max(2048).default(''),
})
export type WebhookTargetConfig = z.infer<typeof WebhookTargetConfigSchema>

export const PublishTargetConfigSchema = z.discriminatedUnion('kind', [
  GitTargetConfigSchema,
  WordPressTargetConfigSchema,
  GhostTargetConfigSchema,
  WebhookTargetConfigSchema,
])
export type PublishTargetConfig = z.infer<typeof PublishTargetConfigSchema>
export type PublishTargetKind = PublishTargetConfig['kind']
