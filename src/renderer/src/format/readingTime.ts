import { readingMinutes } from '@shared/article/readingMinutes'

/** The status bar's reading time, e.g. "3 min read". */
export function readingTime(words: number): string {
  return `${readingMinutes(words)} min read`
}
