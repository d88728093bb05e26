import { z } from 'zod'

/**
 * `theme.json` of a theme folder (see docs/themes.md). Captured themes add where they came from.
 */
export const ThemeManifestSchema = z.object({
  name: z.string().max(200),
  /** The page template, relative to the theme folder. */
  template: z
    .string()
    .max(200)
    .regex(
      /^(?!.*\.\.)[\w./-]+\.liquid$/,
      'template must be a .liquid file inside the theme folder',
    )
    .default('article.liquid'),
  source: z.string().max(4096).optional(),
  capturedAt: z.string().max(40).optional(),
})
export type ThemeManifest = z.infer<typeof ThemeManifestSchema>
