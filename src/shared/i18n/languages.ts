import { z } from 'zod'

/** The languages Copydesk speaks, each named in itself for the Settings menu. */
export const LANGUAGES = { en: 'English', de: 'Deutsch' } as const

/** A language of {@link LANGUAGES}. */
export const LanguageSchema = z.enum(['en', 'de'])
export type Language = z.infer<typeof LanguageSchema>

function languageOf(locale: string): string {
  return locale.split(/[-_]/)[0]?.toLowerCase() ?? ''
}

/** The language to speak: the one chosen in Settings, else the system's first we know, else English. */
export function resolveLanguage(
  chosen: Language | null,
  systemLocales: readonly string[],
): Language {
  if (chosen) return chosen
  for (const locale of systemLocales) {
    const found = LanguageSchema.safeParse(languageOf(locale))
    if (found.success) return found.data
  }
  return 'en'
}

/**
 * The locale for dates and numbers: the system's own when it speaks `language` (so English
 * on a British system writes "12 March"), else the language itself.
 */
export function localeFor(language: Language, systemLocales: readonly string[]): string {
  return systemLocales.find((locale) => languageOf(locale) === language) ?? language
}
