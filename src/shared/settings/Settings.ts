import { z } from 'zod'
import { ArticleIdSchema } from '../article/Article'
import { LanguageSchema } from '../i18n/languages'

export const PanesSchema = z.object({
  library: z.boolean().default(true),
  meta: z.boolean().default(true),
})

/** What the renderer may read and change. Window bounds stay on the main side. */
export const SettingsSchema = z.object({
  /** Shown in status history ("moved to In review by …"). */
  userName: z.string().max(200).default(''),
  /** The person was asked for their name once (they gave it or skipped); not asked again. */
  nameAsked: z.boolean().default(false),
  libraryPath: z.string(),
  panes: PanesSchema.default({ library: true, meta: true }),
  lastArticleId: ArticleIdSchema.nullable().default(null),
  /** The language of the app, dates and numbers; null follows the system. */
  language: LanguageSchema.nullable().default(null),
})
export type Settings = z.infer<typeof SettingsSchema>

/**
 * libraryPath changes only through `library.choose`, never from renderer input. Built without
 * `.default()`s: zod applies defaults inside `.partial()`, which would turn `{ panes: { meta:
 * false } }` into a patch that also resets the user name and the other pane.
 */
export const SettingsPatchSchema = z
  .object({
    userName: z.string().max(200),
    nameAsked: z.boolean(),
    panes: z.object({ library: z.boolean(), meta: z.boolean() }).partial(),
    lastArticleId: ArticleIdSchema.nullable(),
    language: LanguageSchema.nullable(),
  })
  .partial()
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>
