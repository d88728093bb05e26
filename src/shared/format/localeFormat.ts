/**
 * Dates, times and numbers for people to read, in the app's locale, through `Intl` only: no
 * month names or separators are written by hand anywhere else. Main and renderer both set the
 * locale from the Language setting ({@link setFormatLocale}); until then the runtime's own
 * locale is used.
 */

let current: string | undefined

/** Makes `locale` (a BCP 47 tag such as `de` or `en-GB`) the locale of every format below. */
export function setFormatLocale(locale: string | undefined): void {
  current = locale !== undefined && isKnownLocale(locale) ? locale : undefined
}

function isKnownLocale(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0
  } catch {
    // A malformed tag throws instead of being unsupported.
    return false
  }
}

/** The locale formats use now: the one set, else the runtime's. */
export function formatLocale(): string {
  return current ?? new Intl.DateTimeFormat().resolvedOptions().locale
}

function validDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** How much of a date to show, as `Intl.DateTimeFormat`'s `dateStyle`/`timeStyle`. */
export type DateLength = 'full' | 'long' | 'medium' | 'short'

/** A calendar date ("12 March 2025", "12. März 2025"); empty for a date it cannot read. */
export function formatDate(value: string | Date, length: DateLength = 'long'): string {
  const date = validDate(value)
  return date ? new Intl.DateTimeFormat(formatLocale(), { dateStyle: length }).format(date) : ''
}

/** A time of day in hours and minutes ("09:05", "9:05 AM"); empty for a date it cannot read. */
export function formatTime(value: string | Date): string {
  const date = validDate(value)
  if (!date) return ''
  return new Intl.DateTimeFormat(formatLocale(), { hour: '2-digit', minute: '2-digit' }).format(
    date,
  )
}

/** A date with its time ("12 Mar 2025, 09:05"); empty for a date it cannot read. */
export function formatDateTime(value: string | Date, length: DateLength = 'medium'): string {
  const date = validDate(value)
  if (!date) return ''
  return new Intl.DateTimeFormat(formatLocale(), { dateStyle: length, timeStyle: 'short' }).format(
    date,
  )
}

/** A number with the locale's grouping and decimal signs ("1,204", "1.204", "12,5"). */
export function formatNumber(value: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(formatLocale(), { maximumFractionDigits }).format(value)
}

/**
 * A size in bytes as people read it ("820 kB", "12.5 MB"), in steps of 1,024 as file managers
 * count, so a limit of 10 × 1,024 × 1,024 bytes reads "10 MB".
 */
export function formatByteSize(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return new Intl.NumberFormat(formatLocale(), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value)
}

/** Names joined as a list ("Date, Tags and Title", "Datum, Schlagwörter und Titel"). */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(formatLocale(), { type: 'conjunction' }).format(items)
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime()
}

/** Where a relative time stands: alone (capitalised, "Yesterday") or inside a sentence. */
export interface RelativeTimeOptions {
  inSentence?: boolean
}

/**
 * "Last edited" wording for lists: now, minutes, hours within today, yesterday, days within a
 * week, then a short date (with the year when it is not this year). Local time; empty for a
 * date it cannot read.
 */
export function formatRelativeTime(
  iso: string,
  now: Date = new Date(),
  { inSentence = false }: RelativeTimeOptions = {},
): string {
  const then = validDate(iso)
  if (!then) return ''
  const capitalized = (text: string): string =>
    inSentence ? text : text.charAt(0).toLocaleUpperCase(formatLocale()) + text.slice(1)
  const relative = new Intl.RelativeTimeFormat(formatLocale(), { numeric: 'auto', style: 'short' })
  const elapsed = now.getTime() - then.getTime()
  // A clock a little ahead of ours (synced folder, another machine) still reads "now".
  if (elapsed < MINUTE) return capitalized(relative.format(0, 'second'))
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute')
  const days = Math.round((startOfDay(now) - startOfDay(then)) / DAY)
  if (days === 0) return relative.format(-Math.floor(elapsed / HOUR), 'hour')
  if (days < 7) return capitalized(relative.format(-days, 'day'))
  const sameYear = then.getFullYear() === now.getFullYear()
  return new Intl.DateTimeFormat(formatLocale(), {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(then)
}

function unitAmount(value: number, unit: 'second' | 'minute' | 'hour'): string {
  return new Intl.NumberFormat(formatLocale(), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value)
}

/**
 * A length of time as people read it, to the second ("0.4 sec", "4 sec", "2 min 5 sec", "1 hr 3 min"),
 * in the locale's words.
 */
export function formatDuration(ms: number): string {
  // Under a second, a tenth of one: "0.4 sec" says more than "0 sec", and nothing takes "0 sec".
  if (ms < 950) return unitAmount(Math.max(0.1, Math.round(ms / 100) / 10), 'second')
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return unitAmount(seconds, 'second')
  const parts =
    seconds < 3600
      ? [
          unitAmount(Math.floor(seconds / 60), 'minute'),
          seconds % 60 && unitAmount(seconds % 60, 'second'),
        ]
      : [
          unitAmount(Math.floor(seconds / 3600), 'hour'),
          Math.floor(seconds / 60) % 60 && unitAmount(Math.floor(seconds / 60) % 60, 'minute'),
        ]
  const shown = parts.filter((part): part is string => typeof part === 'string')
  return new Intl.ListFormat(formatLocale(), { type: 'unit', style: 'narrow' }).format(shown)
}
