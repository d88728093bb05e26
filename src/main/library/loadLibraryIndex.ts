import type { ArticleRepository, FileStamp, LoadedArticle } from './ArticleRepository'
import type { CorruptArticleError } from './CorruptArticleError'
import { LibraryIndex, type IndexEntry } from './LibraryIndex'
import { readIndexRows } from './libraryIndexFile'
import { readArticles } from './readArticles'

/**
 * Most articles read before open returns. A rebuild (index.json missing or damaged) reads the
 * most recently written ones, which are the first list page, and leaves the rest in
 * `deferred` for the caller to read in the background.
 */
const FOREGROUND_READS = 200

/** Longest stretch of checking file stamps between two yields to the event loop. */
const STAMP_SLICE_MS = 20

/**
 * After a clean close, how long open may spend checking files against index.json before it
 * leaves the rest to a background check: newest articles (the first list page) come first.
 */
const CHECK_BUDGET_MS = 40

export interface LoadLibraryIndexDeps {
  indexFile: string
  /**
   * True when the last session closed cleanly, so index.json was current then: files are
   * checked for outside changes within a time budget, the rest listed in `unverified`.
   * False after a crash: every file is checked before the library opens (in a large library,
   * those of the first rows; the rest are checked in the background either way).
   */
  trustIndex: boolean
  /** Overrides the time budget for checking files after a clean close (tests use 0). */
  checkBudgetMs?: number
  /** Overrides how many articles are read before returning (tests). */
  foregroundReads?: number
  /** Overrides how many rows of index.json are read before returning (tests). */
  firstRows?: number
  repository: ArticleRepository
  /** Gives folders copied by hand an id of their own (see ArticleRepository.listIds). */
  freshId?: () => string
  /** Builds the list row of a freshly read article. */
  summarize(loaded: LoadedArticle): IndexEntry
  /** Called for an article.json that cannot be used; it should move it aside. */
  onCorrupt(id: string, error: CorruptArticleError): Promise<void>
  /**
   * Called for an article that cannot be read at all (no permission, a disk error); it is left
   * out of the list and where it is, and the rest of the library opens.
   */
  onUnreadable?(id: string, error: unknown): Promise<void>
}

export interface LoadedLibraryIndex {
  index: LibraryIndex
  /** True when index.json no longer matched the folders and should be rewritten. */
  changed: boolean
  /** How many article files had to be read (0 when index.json was current). */
  read: number
  /** Entries taken from index.json without checking their file (see `trustIndex`). */
  unverified: string[]
  /** Articles not in the index yet, to be read after open (see {@link FOREGROUND_READS}). */
  deferred: string[]
  /**
   * The rows of a large index.json beyond its first ones, to be read after open; the folders
   * are then checked against the whole list in the background. Null when all were read.
   */
  rest: AsyncGenerator<IndexEntry[]> | null
}

/**
 * Builds the in-memory index at open: takes index.json as a cache and checks it against the
 * article folders (an article missing from it, an entry whose folder is gone, a file whose
 * size or modification time differs), reading only what changed. Without a usable index.json
 * this reads every article: the rebuild. Of a large index.json only the first rows (the first
 * pages) are read and checked here; the caller reads the rest from `rest` and checks it.
 */
export async function loadLibraryIndex(deps: LoadLibraryIndexDeps): Promise<LoadedLibraryIndex> {
  const rows = await readIndexRows(deps.indexFile, deps.firstRows)
  const cachedRows = rows?.first ?? []
  const rest = rows?.rest ?? null
  // A large library's folders are compared with the whole list once it is read, after open.
  const onDisk = rest ? null : new Set(await deps.repository.listIds(deps.freshId))
  const entries: IndexEntry[] = []
  const stale: { id: string; mtimeMs: number }[] = []
  const unverified: string[] = []
  const deadline = performance.now() + (deps.checkBudgetMs ?? CHECK_BUDGET_MS)
  const unreadable = new Map<string, unknown>()
  const stampOf = (id: string): FileStamp | null => {
    try {
      return deps.repository.stampSync(id)
    } catch (error) {
      unreadable.set(id, error)
      return null
    }
  }
  // Many files to check (a rebuild, a crash): a slice at a time, letting other work run between.
  const stampsOf = async (ids: readonly string[]): Promise<(FileStamp | null)[]> => {
    const stamps: (FileStamp | null)[] = []
    let sliceEnd = performance.now() + STAMP_SLICE_MS
    for (const id of ids) {
      stamps.push(stampOf(id))
      if (performance.now() > sliceEnd) {
        await new Promise((resolve) => setImmediate(resolve))
        sliceEnd = performance.now() + STAMP_SLICE_MS
      }
    }
    return stamps
  }
  // Another Copydesk (or a sync tool) is putting a new version in place: read it, once there.
  const beingSaved = (id: string): boolean => {
    if (unreadable.has(id) || !deps.repository.isBeingReplacedSync(id)) return false
    stale.push({ id, mtimeMs: Date.now() })
    return true
  }
  const compare = (entry: IndexEntry, stamp: FileStamp | null): void => {
    if (!stamp) {
      beingSaved(entry.summary.id)
      return
    }
    if (entry.mtimeMs === stamp.mtimeMs && entry.size === stamp.size) entries.push(entry)
    else stale.push({ id: entry.summary.id, mtimeMs: stamp.mtimeMs })
  }
  const toCheck: IndexEntry[] = []
  // index.json is written newest first, so the budget goes to what the first page shows.
  for (const entry of cachedRows) {
    const id = entry.summary.id
    if (onDisk && !onDisk.delete(id)) continue
    if (!deps.trustIndex && !rest) toCheck.push(entry)
    else if (performance.now() > deadline) {
      entries.push(entry)
      unverified.push(id)
    } else compare(entry, stampOf(id))
  }
  const checked = await stampsOf(toCheck.map((entry) => entry.summary.id))
  toCheck.forEach((entry, i) => compare(entry, checked[i] ?? null))
  // Folders index.json does not know; one without article.json (quarantined, or a create cut
  // short) is not an article.
  const unknown = [...(onDisk ?? [])]
  const unknownStamps = await stampsOf(unknown)
  unknown.forEach((id, i) => {
    const stamp = unknownStamps[i]
    if (stamp) stale.push({ id, mtimeMs: stamp.mtimeMs })
    else beingSaved(id)
  })
  // Newest files first: without index.json, the modification time is the cheap stand-in for
  // the last edit that orders the list.
  stale.sort((a, b) => b.mtimeMs - a.mtimeMs)
  const now = stale.slice(0, deps.foregroundReads ?? FOREGROUND_READS).map((s) => s.id)
  const deferred = stale.slice(now.length).map((s) => s.id)

  const read = new Set<string>()
  await readArticles(now, {
    repository: deps.repository,
    onRead: (loaded) => {
      const entry = deps.summarize(loaded)
      read.add(entry.summary.id)
      entries.push(entry)
    },
    onCorrupt: deps.onCorrupt,
    onUnreadable: (id, error) => unreadable.set(id, error),
  })
  // Caught between the two renames of another Copydesk's save, again and again: listed as
  // index.json has it, and checked again after open (verifyInBackground).
  const cachedRow = new Map(cachedRows.map((entry) => [entry.summary.id, entry]))
  for (const id of now) {
    const cached = cachedRow.get(id)
    if (read.has(id) || !cached || unreadable.has(id)) continue
    if (deps.repository.isBeingReplacedSync(id) || stampOf(id) !== null) {
      entries.push(cached)
      unverified.push(id)
    }
  }
  for (const [id, error] of unreadable) await deps.onUnreadable?.(id, error).catch(() => undefined)
  const changed =
    stale.length > 0 || entries.length !== cachedRows.length || (rows?.oneLine ?? false)
  return { index: new LibraryIndex(entries), changed, read: now.length, unverified, deferred, rest }
}
