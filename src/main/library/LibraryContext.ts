import type { ArticleRepository } from './ArticleRepository'
import type { ArticleStore } from './ArticleStore'
import type { KeyedMutex } from './KeyedMutex'
import type { LibraryAccess } from './LibraryAccess'
import type { LibraryCatalog } from './LibraryCatalog'
import type { LibraryPaths } from './LibraryPaths'
import type { Quarantine } from './Quarantine'
import type { RevisionStore } from './RevisionStore'
import type { SessionMarker } from './SessionMarker'

/** What an open library is made of, built once by {@link openLibraryParts}. */
export interface LibraryParts {
  paths: LibraryPaths
  now: () => Date
  /** Least time between two automatic revisions of one article. */
  revisionIntervalMs: number
  repository: ArticleRepository
  quarantine: Quarantine
  revisions: RevisionStore
  catalog: LibraryCatalog
  /** Null while the library is open read-only: no session is recorded then. */
  marker: SessionMarker | null
  access: LibraryAccess
}

/**
 * The parts plus what every operation on an article shares: the per-article lock that
 * serialises writes, and the store that reads and writes articles through it.
 */
export interface LibraryContext extends LibraryParts {
  mutex: KeyedMutex
  articles: ArticleStore
}
