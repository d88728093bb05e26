import { afterEach, describe, expect, it } from 'vitest'
import {
  formatByteSize,
  formatDuration,
  formatDate,
  formatDateTime,
  formatList,
  formatLocale,
  formatNumber,
  formatRelativeTime,
  formatTime,
  setFormatLocale,
} from './localeFormat'

const now = new Date(2025, 5, 18, 15, 0, 0)
const ago = (ms: number): string => new Date(now.getTime() - ms).toISOString()

afterEach(() => setFormatLocale(undefined))

describe('formatRelativeTime', () => {
  it('says "now" for the last minute and for clocks slightly ahead', () => {
    setFormatLocale('en-GB')
    expect(formatRelativeTime(ago(59_000), now)).toBe('Now')
    expect(formatRelativeTime(ago(-5_000), now)).toBe('Now')
  })

  it('counts minutes, then hours within the same day', () => {
    setFormatLocale('en-GB')
    expect(formatRelativeTime(ago(60_000), now)).toBe('1 min ago')
    expect(formatRelativeTime(ago(59 * 60_000), now)).toBe('59 min ago')
    expect(formatRelativeTime(ago(3 * 3_600_000 + 120_000), now)).toBe('3 hr ago')
  })

  it('uses calendar days: late last night is "Yesterday"', () => {
    setFormatLocale('en-GB')
    expect(formatRelativeTime(new Date(2025, 5, 17, 23, 30).toISOString(), now)).toBe('Yesterday')
    expect(formatRelativeTime(new Date(2025, 5, 14, 9, 0).toISOString(), now)).toBe('4 days ago')
  })

  it('falls back to a short date after a week, in the order of the locale', () => {
    const march = new Date(2025, 2, 12, 9, 0).toISOString()
    const lastYear = new Date(2023, 10, 2, 9, 0).toISOString()
    setFormatLocale('en-GB')
    expect(formatRelativeTime(march, now)).toBe('12 Mar')
    expect(formatRelativeTime(lastYear, now)).toBe('2 Nov 2023')
    setFormatLocale('en-US')
    expect(formatRelativeTime(march, now)).toBe('Mar 12')
    setFormatLocale('de')
    expect(formatRelativeTime(march, now)).toBe('12. März')
  })

  it('speaks German when the locale is German', () => {
    setFormatLocale('de')
    expect(formatRelativeTime(ago(5 * 60_000), now)).toBe('vor 5 Min.')
    expect(formatRelativeTime(new Date(2025, 5, 17, 9, 0).toISOString(), now)).toBe('Gestern')
  })

  it('stays lower case inside a sentence', () => {
    setFormatLocale('en-GB')
    const yesterday = new Date(2025, 5, 17, 9, 0).toISOString()
    expect(formatRelativeTime(yesterday, now, { inSentence: true })).toBe('yesterday')
    expect(formatRelativeTime(ago(0), now, { inSentence: true })).toBe('now')
  })

  it('returns an empty string for a date it cannot read', () => {
    expect(formatRelativeTime('not a date', now)).toBe('')
  })
})

describe('dates, times and numbers', () => {
  const date = new Date(2025, 2, 4, 9, 5)

  it('writes dates and times the way the locale does', () => {
    setFormatLocale('en-US')
    expect(formatDate(date)).toBe('March 4, 2025')
    expect(formatTime(date)).toBe('09:05 AM')
    setFormatLocale('de')
    expect(formatDate(date)).toBe('4. März 2025')
    expect(formatTime(date)).toBe('09:05')
    expect(formatDateTime(date)).toBe('04.03.2025, 09:05')
  })

  it('groups digits and writes decimals the way the locale does', () => {
    setFormatLocale('en-US')
    expect(formatNumber(1204)).toBe('1,204')
    expect(formatByteSize(12.5 * 1024 * 1024)).toBe('12.5 MB')
    expect(formatByteSize(10 * 1024 * 1024)).toBe('10 MB')
    setFormatLocale('de')
    expect(formatNumber(1204)).toBe('1.204')
    expect(formatNumber(12.46, 1)).toBe('12,5')
    expect(formatByteSize(820 * 1024)).toBe('820 kB')
    expect(formatByteSize(1.25 * 1024 * 1024)).toBe('1,3 MB')
  })

  it('joins names into a list the way the locale does', () => {
    setFormatLocale('en-US')
    expect(formatList(['Date', 'Tags', 'Title'])).toBe('Date, Tags, and Title')
    setFormatLocale('de')
    expect(formatList(['Datum', 'Schlagwörter', 'Titel'])).toBe('Datum, Schlagwörter und Titel')
  })

  it('writes a length of time in the units of the locale', () => {
    setFormatLocale('en-US')
    expect(formatDuration(380)).toBe('0.4 sec')
    expect(formatDuration(12)).toBe('0.1 sec')
    expect(formatDuration(4_200)).toBe('4 sec')
    expect(formatDuration(125_000)).toBe('2 min 5 sec')
    expect(formatDuration(600_000)).toBe('10 min')
    expect(formatDuration(3_780_000)).toBe('1 hr 3 min')
    setFormatLocale('de')
    expect(formatDuration(125_000)).toBe('2 Min., 5 Sek.')
    expect(formatDuration(380)).toBe('0,4 Sek.')
  })

  it('reads nothing from a date it cannot parse', () => {
    expect(formatDate('soon')).toBe('')
    expect(formatTime('soon')).toBe('')
    expect(formatDateTime('soon')).toBe('')
  })

  it('ignores a locale the runtime does not know and uses its own', () => {
    setFormatLocale('xx-invalid-tag-')
    expect(formatLocale()).toBe(new Intl.DateTimeFormat().resolvedOptions().locale)
  })
})
