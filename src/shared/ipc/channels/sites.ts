import { z } from 'zod'
import { channel } from '../channel'
import { CaptureSlotFindingSchema } from '../../sites/captureSlots'
import { SiteDraftSchema, SiteIdSchema, SiteProfileSchema } from '../../sites/SiteProfile'

const BySite = z.object({ id: SiteIdSchema })

/** Names of the secrets a site may hold; the values never come back to the renderer. */
export const SecretNameSchema = z.enum(['token', 'appPassword', 'adminKey', 'hmacSecret'])
export type SecretName = z.infer<typeof SecretNameSchema>

/**
 * How secrets are protected on this machine. `basic_text` (Linux without a keyring) means
 * they are only obfuscated: the renderer warns before saving one.
 */
export const SecretProtectionSchema = z.enum(['os', 'basic_text', 'unavailable'])

export const CaptureResultSchema = z.object({
  site: SiteProfileSchema,
  /** Things that went wrong but did not stop the capture (a font that failed, say). */
  warnings: z.array(z.string()),
  /** Which regions of the page became slots and which were not found. */
  slots: z.array(CaptureSlotFindingSchema),
})
export type CaptureResult = z.infer<typeof CaptureResultSchema>

/** Site profiles (Settings → Sites) and their preview themes. */
export const sitesChannels = {
  list: channel(z.undefined(), z.array(SiteProfileSchema)),
  create: channel(SiteDraftSchema, SiteProfileSchema),
  update: channel(z.object({ id: SiteIdSchema, draft: SiteDraftSchema }), SiteProfileSchema),
  remove: channel(BySite, z.undefined()),
  /** Downloads an article page of the live site and turns it into this site's preview theme. */
  captureTheme: channel(
    z.object({
      id: SiteIdSchema,
      url: z.string().max(4096),
      selector: z.string().max(500).optional(),
    }),
    CaptureResultSchema,
  ),
  /** Opens the site's theme folder in the file manager so its files can be edited. */
  openThemeFolder: channel(BySite, z.undefined()),
  secretProtection: channel(z.undefined(), SecretProtectionSchema),
  saveSecret: channel(
    z.object({ id: SiteIdSchema, name: SecretNameSchema, value: z.string().min(1).max(10_000) }),
    z.undefined(),
  ),
  /** Which secrets are saved for a site (names only). */
  savedSecrets: channel(BySite, z.array(SecretNameSchema)),
}
