const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime()
}

/**
 * "Last edited" wording for the library list: "Just now", "5 min ago", "3 h ago", "Yesterday",
 * "4 days ago", then a date ("12 Mar", or "12 Mar 2023" in another year). Local time.
 */
export function formatRelativeTime(iso: string, now: Date = new Date()): string {
  const then = new Date(iso)
  if (Number.isNaN(then.getTime())) return ''
  const elapsed = now.getTime() - then.getTime()
  // A clock a little ahead of ours (synced folder, another machine) still reads "Just now".
  if (elapsed < MINUTE) return 'Just now'
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`
  const days = Math.round((startOfDay(now) - startOfDay(then)) / DAY)
  if (days === 0) return `${Math.floor(elapsed / HOUR)} h ago`
  if (days === 1) return 'Yesterday'
  if (days < 7) return `${days} days ago`
  const date = `${then.getDate()} ${MONTHS[then.getMonth()]}`
  return then.getFullYear() === now.getFullYear() ? date : `${date} ${then.getFullYear()}`
}
