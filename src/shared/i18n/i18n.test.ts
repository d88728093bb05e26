import { afterEach, describe, expect, it } from 'vitest'
import { formatDate, formatLocale, setFormatLocale } from '../format/localeFormat'
import { applyLanguage, i18n, t } from './i18n'

afterEach(() => {
  void i18n.changeLanguage('en')
  setFormatLocale(undefined)
})

describe('applyLanguage', () => {
  it('speaks the language chosen in Settings and writes dates to match', () => {
    expect(applyLanguage('de', ['en-US'])).toBe('de')
    expect(t('settings.title')).toBe('Einstellungen')
    expect(t('status.words', { count: 1204, formatted: '1.204' })).toBe('1.204 Wörter')
    expect(formatDate(new Date(2025, 2, 4))).toBe('4. März 2025')
  })

  it('follows the system when nothing is chosen, keeping its region for dates', () => {
    expect(applyLanguage(null, ['de-AT', 'en-US'])).toBe('de')
    expect(formatLocale()).toBe('de-AT')
    expect(applyLanguage(null, ['en-GB'])).toBe('en')
    expect(formatDate(new Date(2025, 2, 4))).toBe('4 March 2025')
    expect(t('status.words', { count: 1, formatted: '1' })).toBe('1 word')
  })

  it('speaks English on a system in a language it does not know', () => {
    expect(applyLanguage(null, ['ja-JP'])).toBe('en')
    expect(t('library.noMatchesFor', { query: 'port' })).toBe('No articles match “port”.')
  })
})
