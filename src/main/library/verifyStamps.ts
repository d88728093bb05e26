import type { FileStamp } from './ArticleRepository'

/** Files checked between two yields to the event loop. */
const CHUNK = 250

export interface VerifyStampsDeps {
  /** The stamp of the article's file now, or null when it is gone. */
  stampOnDisk(id: string): FileStamp | null
  /** The stamp the index holds, or undefined when the index no longer has the article. */
  stampInIndex(id: string): FileStamp | undefined
  /** Re-reads an article whose file changed. */
  onChanged(id: string): Promise<void>
  /** Forgets an article whose file disappeared. */
  onGone(id: string): void
  /** True once the library is closing: the rest is left for the next open. */
  stopped(): boolean
}

/**
 * Checks, in small chunks between other work, that the files of `ids` are still the ones the
 * index describes, and repairs entries that differ (a file changed by a sync tool or another
 * program). Returns how many entries it repaired.
 */
export async function verifyStamps(
  ids: readonly string[],
  deps: VerifyStampsDeps,
): Promise<number> {
  let repaired = 0
  for (let start = 0; start < ids.length; start += CHUNK) {
    await new Promise((resolve) => setImmediate(resolve))
    if (deps.stopped()) break
    for (const id of ids.slice(start, start + CHUNK)) {
      const known = deps.stampInIndex(id)
      if (!known) continue
      const actual = deps.stampOnDisk(id)
      if (!actual) {
        deps.onGone(id)
        repaired++
      } else if (actual.mtimeMs !== known.mtimeMs || actual.size !== known.size) {
        await deps.onChanged(id).catch(() => undefined)
        repaired++
      }
    }
  }
  return repaired
}
