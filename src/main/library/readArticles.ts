import { AppError } from '../errors/AppError'
import type { ArticleRepository, LoadedArticle } from './ArticleRepository'
import { CorruptArticleError } from './CorruptArticleError'

/** Articles read at once: overlaps disk reads with parsing. */
const READ_CONCURRENCY = 8

export interface ReadArticlesDeps {
  repository: ArticleRepository
  /** Gets each article read. */
  onRead(loaded: LoadedArticle): void
  /** Called for an article.json that cannot be used; it should move it aside. */
  onCorrupt(id: string, error: CorruptArticleError): Promise<void>
  /** Called for an article that cannot be read at all (no permission, a disk error). */
  onUnreadable(id: string, error: unknown): void
  /** Stops before the next read when true (the library is closing). */
  stopped?(): boolean
}

/**
 * Reads many articles, a few at a time; each read awaits the disk, so other work runs between
 * them. A folder removed meanwhile is skipped: it is simply not an article any more.
 */
export async function readArticles(ids: readonly string[], deps: ReadArticlesDeps): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < ids.length && !deps.stopped?.()) {
      const id = ids[next++] as string
      try {
        deps.onRead(await deps.repository.read(id))
      } catch (error) {
        // Anything else (no permission, a disk error) leaves the article out of the list for
        // this session rather than keeping the whole library from opening.
        if (error instanceof CorruptArticleError) await deps.onCorrupt(id, error)
        else if (!isMissing(error)) deps.onUnreadable(id, error)
      }
    }
  }
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker))
}

function isMissing(error: unknown): boolean {
  if (error instanceof AppError) return error.code === 'not_found'
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT'
}
