/** Caret colours that read on white and differ from each other (WCAG AA against white text). */
const CARET_COLORS = ['#b4235a', '#1d6fa5', '#2f7d32', '#8a4fbf', '#b35900', '#00767a', '#5d5fb0']

/** A member's caret colour: the same on every computer, from the member's id. */
export function colorOfMember(memberId: string): string {
  let hash = 0
  for (const char of memberId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return CARET_COLORS[hash % CARET_COLORS.length] ?? '#1d6fa5'
}
