/** Average adult silent reading speed used for the estimate. */
export const WORDS_PER_MINUTE = 230

/** Minutes to read `words` words, rounded; any text at all takes at least a minute. */
export function readingMinutes(words: number): number {
  if (words <= 0) return 0
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}

/** The status bar's reading time, e.g. "3 min read". */
export function readingTime(words: number): string {
  return `${readingMinutes(words)} min read`
}
