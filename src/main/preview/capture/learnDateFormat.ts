const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** The calendar date a page's date element stands for: its `datetime`, else its text. */
function dateOf(text: string, datetime: string | undefined): Date | null {
  for (const candidate of [datetime, text]) {
    if (!candidate) continue
    const iso = /(\d{4})-(\d\d)-(\d\d)/.exec(candidate)
    const parsed = iso
      ? new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))
      : new Date(candidate)
    if (!Number.isNaN(parsed.getTime())) return parsed
  }
  return null
}

/**
 * The site's way of writing a date, learned from one date on its page, as a Liquid `date`
 * filter format: "2020-02-27" gives `%Y-%m-%d`, "February 27, 2020" gives `%B %-d, %Y`,
 * "27.02.2020" gives `%d.%m.%Y`. Null when the text is not a date written with these parts
 * (month names other than English ones included: the app's own format is kept then).
 */
export function learnDateFormat(text: string, datetime?: string): string | null {
  const shown = text.trim().replace(/\s+/g, ' ')
  if (shown === '' || shown.length > 40 || /[%{}]/.test(shown)) return null
  const date = dateOf(shown, datetime)
  if (date === null) return null
  const year = String(date.getFullYear())
  const month = date.getMonth() + 1
  const day = date.getDate()
  const long = MONTHS[month - 1] ?? ''
  const parts: [RegExp, string][] = [
    [new RegExp(`\\b${year}\\b`), '%Y'],
    [new RegExp(`\\b${long}\\b`, 'i'), '%B'],
    [new RegExp(`\\b${long.slice(0, 3)}\\.?(?=[\\s,]|$)`, 'i'), '%b'],
  ]
  let format = shown
  for (const [pattern, token] of parts) format = format.replace(pattern, token)
  const named = /%[Bb]/.test(format)
  const numbers: [number, string][] = named
    ? [[day, 'd']]
    : [
        [month, 'm'],
        [day, 'd'],
      ]
  // Month and day in the order they stand in the text, each padded as the page writes it:
  // "05" is padded, "5" is not, and "27" says nothing, so numeric dates count as padded.
  for (const [value, letter] of numbers) {
    const match = new RegExp(`(^|[^\\d%])(0?${value})(?!\\d)`).exec(format)
    if (!match) return null
    const written = match[2] ?? ''
    const padded = written.startsWith('0') || (value >= 10 && !named)
    const at = match.index + (match[1]?.length ?? 0)
    format = `${format.slice(0, at)}%${padded ? '' : '-'}${letter}${format.slice(at + written.length)}`
  }
  if (!format.includes('%Y') || /\d/.test(format)) return null
  return format
}
