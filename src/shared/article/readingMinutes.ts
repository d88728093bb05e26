/** Average adult silent reading speed used for the estimate. */
export const WORDS_PER_MINUTE = 230

/**
 * Minutes to read `words` words, rounded; any text at all takes at least a minute. Words of
 * Chinese or Japanese are those `countWords` finds, so the same speed holds for them.
 */
export function readingMinutes(words: number): number {
  if (words <= 0) return 0
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}
