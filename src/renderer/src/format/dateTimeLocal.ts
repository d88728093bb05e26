const pad = (n: number): string => String(n).padStart(2, '0')

/**
 * An ISO date-time as the value of an `<input type="datetime-local">` (local time, minutes);
 * empty for null or an unreadable value.
 */
export function toDateTimeLocal(iso: string | null): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** The input's local value back to ISO (UTC); null when the field is cleared or invalid. */
export function fromDateTimeLocal(value: string): string | null {
  if (value.trim() === '') return null
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? null : d.toISOString()
}
