import i18next from 'i18next'
import { setFormatLocale } from '../format/localeFormat'
import { localeFor, resolveLanguage, type Language } from './languages'
import { de } from './messages/de'
import { en } from './messages/en'

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en }
  }
}

/**
 * The one i18n layer, used by main and renderer alike: i18next with the messages of every
 * language bundled (they are small, and the app works offline). English fills any gap.
 */
export const i18n = i18next.createInstance()

void i18n.init({
  resources: { en: { translation: en }, de: { translation: de } },
  lng: 'en',
  fallbackLng: 'en',
  // React escapes what it shows; main-side messages are plain text, never HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
})

/** A message in the current language: `t('settings.title')`. */
export const t = i18n.t.bind(i18n)

/**
 * Speaks the language chosen in Settings (null: the system's), and writes dates and numbers
 * in the matching locale.
 */
export function applyLanguage(chosen: Language | null, systemLocales: readonly string[]): Language {
  const language = resolveLanguage(chosen, systemLocales)
  setFormatLocale(localeFor(language, systemLocales))
  if (i18n.language !== language) void i18n.changeLanguage(language)
  return language
}
