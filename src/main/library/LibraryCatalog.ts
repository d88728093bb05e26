import { docText } from '@shared/article/docText'
import { ListQuerySchema, type Facets, type ListQuery, type ListResult } from '@shared/ipc/contract'
import type { ArticleRepository, LoadedArticle } from './ArticleRepository'
import type { CorruptArticleError } from './CorruptArticleError'
import { DebouncedTask } from './DebouncedTask'
import type { IndexEntry, LibraryIndex } from './LibraryIndex'
import { writeIndexFile } from './libraryIndexFile'
import type { LibraryPaths } from './LibraryPaths'
import { fingerprintOf, LiveSearch } from './LiveSearch'
import { loadLibraryIndex } from './loadLibraryIndex'
import { matchSummaries } from './matchSummaries'
import { newArticleId } from './newArticleId'
import type { SearchDocument } from './MatchingMiniSearch'
import { readArticles } from './readArticles'
import { summarizeArticle } from './summarizeArticle'
import { verifyStamps } from './verifyStamps'

/**
 * The full-text index starts loading this long after open, so reading its (large) snapshot
 * does not compete with the window's first requests; a search starts it at once.
 */
const SEARCH_LOAD_DELAY_MS = 1500

export interface CatalogDeps {
  paths: LibraryPaths
  repository: ArticleRepository
  /** True when the last session closed cleanly (see SessionMarker). */
  trustIndex: boolean
  /** Moves an unusable article.json aside. */
  onCorrupt(id: string, error: CorruptArticleError): Promise<void>
  /** Notes an article that cannot be read at all (see loadLibraryIndex). */
  onUnreadable?(id: string, error: unknown): Promise<void>
  indexWriteDelayMs: number
  /** Overrides how many articles a rebuild reads before open returns (tests). */
  foregroundReads?: number
  /** Overrides how many rows of index.json are read before open returns (tests). */
  firstIndexRows?: number
  /** False while the library is open read-only: index.json and the search snapshot stay as they are. */
  canWrite(): boolean
}

function searchDocument(loaded: LoadedArticle, text: string): SearchDocument {
  return { id: loaded.file.meta.id, title: loaded.file.meta.title, text }
}

/**
 * What the library knows about its articles without opening them: the list rows (kept in
 * index.json, rewritten a moment after each change) and the full-text index. Answers list
 * pages, searches and facets from memory.
 */
export class LibraryCatalog {
  private readonly indexWriter: DebouncedTask
  private readonly search: LiveSearch
  private verifying: Promise<unknown> = Promise.resolve()
  /** Settles once every article is in the list (see {@link readDeferred}). */
  private rebuilding: Promise<void> = Promise.resolve()
  private rebuilt = true
  private closing = false
  private searchTimer: ReturnType<typeof setTimeout> | null = null
  /** Articles dropped while index.json is still being read: its rows do not bring them back. */
  private readonly forgotten = new Set<string>()

  private constructor(
    private readonly index: LibraryIndex,
    private readonly deps: CatalogDeps,
    /** Entries taken from index.json unchecked; see {@link verifyInBackground}. */
    private readonly unverified: string[],
  ) {
    const { paths, repository } = deps
    this.indexWriter = new DebouncedTask(async () => {
      if (deps.canWrite()) await writeIndexFile(paths.indexFile, index.all())
    }, deps.indexWriteDelayMs)
    this.search = new LiveSearch(
      paths.searchIndexFile,
      {
        fingerprints: () => new Map(index.all().map((e) => [e.summary.id, fingerprintOf(e)])),
        fingerprint: (id) => {
          const entry = index.get(id)
          return entry ? fingerprintOf(entry) : undefined
        },
        read: async (id) => {
          const loaded = await repository.read(id)
          return {
            doc: searchDocument(loaded, docText(loaded.file.doc)),
            fingerprint: fingerprintOf(loaded),
          }
        },
      },
      deps.canWrite,
    )
  }

  /**
   * Loads the catalog of a library: index.json checked against the article folders and
   * repaired, then the full-text index loading in the background.
   */
  static async open(deps: CatalogDeps): Promise<LibraryCatalog> {
    const freshlyRead: { doc: SearchDocument; fingerprint: string }[] = []
    const loaded = await loadLibraryIndex({
      indexFile: deps.paths.indexFile,
      trustIndex: deps.trustIndex,
      foregroundReads: deps.foregroundReads,
      firstRows: deps.firstIndexRows,
      repository: deps.repository,
      freshId: newArticleId,
      summarize: (article) => {
        const text = docText(article.file.doc)
        freshlyRead.push({
          doc: searchDocument(article, text),
          fingerprint: fingerprintOf(article),
        })
        return {
          summary: summarizeArticle(article.file, text),
          mtimeMs: article.mtimeMs,
          size: article.size,
        }
      },
      onCorrupt: deps.onCorrupt,
      onUnreadable: deps.onUnreadable,
    })
    const catalog = new LibraryCatalog(loaded.index, deps, loaded.unverified)
    // Articles read during the check are indexed from memory instead of being read again.
    for (const { doc, fingerprint } of freshlyRead) catalog.search.upsert(doc, fingerprint)
    if (loaded.changed) catalog.indexWriter.schedule()
    if (loaded.rest) {
      catalog.rebuilt = false
      catalog.rebuilding = catalog.readRest(loaded.rest, loaded.deferred)
    } else if (loaded.deferred.length > 0) {
      catalog.rebuilt = false
      catalog.rebuilding = catalog.readDeferred(loaded.deferred)
    }
    // The full-text index waits for the list: until then searches match titles in the list.
    catalog.searchTimer = setTimeout(() => {
      void catalog.rebuilding.then(() => catalog.search.start())
    }, SEARCH_LOAD_DELAY_MS)
    catalog.searchTimer.unref()
    return catalog
  }

  /**
   * Takes in the rows of a large index.json that open left for later, a chunk of the file at a
   * time, then compares the list with the article folders: folders it does not know are read
   * (with `deferred`), and every row taken in is checked against its file afterwards (see
   * {@link verifyInBackground}). A row of an article saved or removed meanwhile is not taken in.
   */
  private async readRest(rest: AsyncGenerator<IndexEntry[]>, deferred: string[]): Promise<void> {
    try {
      for await (const rows of rest) {
        for (const row of rows) {
          const id = row.summary.id
          if (this.index.get(id) || this.forgotten.has(id)) continue
          this.index.set(row)
          this.unverified.push(id)
        }
        await new Promise((resolve) => setImmediate(resolve))
      }
    } catch {
      // A file cut short: the folders below are read instead.
    }
    const onDisk = await this.deps.repository.listIds(newArticleId).catch(() => [])
    const unknown = onDisk.filter((id) => !this.index.get(id) && !this.forgotten.has(id))
    await this.readDeferred([...deferred, ...unknown], unknown.length > 0 || deferred.length > 0)
  }

  /**
   * Reads the articles open left out (a rebuild of a large library) into the list, a few at a
   * time between other work. An article saved, changed or removed meanwhile is left as the
   * rest of the catalog has it.
   */
  private async readDeferred(ids: string[], changed = true): Promise<void> {
    const { repository, onCorrupt, onUnreadable } = this.deps
    await readArticles(ids, {
      repository,
      onRead: (loaded) => {
        const id = loaded.file.meta.id
        const now = repository.stampSync(id)
        if (this.index.get(id) || now?.mtimeMs !== loaded.mtimeMs || now.size !== loaded.size) {
          return
        }
        const text = docText(loaded.file.doc)
        this.index.set({
          summary: summarizeArticle(loaded.file, text),
          mtimeMs: loaded.mtimeMs,
          size: loaded.size,
        })
        this.search.upsert(searchDocument(loaded, text), fingerprintOf(loaded))
      },
      onCorrupt,
      onUnreadable: (id, error) => void onUnreadable?.(id, error).catch(() => undefined),
      stopped: () => this.closing,
    }).catch(() => undefined)
    this.rebuilt = true
    this.forgotten.clear()
    if (changed) this.indexWriter.schedule()
  }

  /** Resolves once every article is in the list (at once, unless a rebuild is under way). */
  whenListed(): Promise<void> {
    return this.rebuilding
  }

  /** False while the list is still being read (a rebuild) or search is still loading. */
  get complete(): boolean {
    return this.rebuilt && this.search.isReady
  }

  /**
   * Checks the entries taken from index.json unchecked against their files, a few hundred at a
   * time between other work; `refresh` re-reads an article whose file changed.
   */
  verifyInBackground(refresh: (id: string) => Promise<void>): void {
    // The rows of a large index.json are all checked, once they are read.
    this.verifying = this.rebuilding
      .then(() =>
        verifyStamps(this.unverified.splice(0), {
          stampOnDisk: (id) => {
            try {
              return this.deps.repository.stampSync(id)
            } catch {
              // Unreadable now: the entry stays as it was; the next open reports it.
              return this.index.get(id) ?? null
            }
          },
          stampInIndex: (id) => this.index.get(id),
          onChanged: refresh,
          // Set aside by a save in flight (this Copydesk's or another's): read it once it is in.
          onGone: (id) =>
            this.deps.repository.isBeingReplacedSync(id)
              ? void refresh(id).catch(() => this.drop(id))
              : this.drop(id),
          stopped: () => this.closing,
        }),
      )
      .catch(() => undefined)
  }

  get size(): number {
    return this.index.size
  }

  get(id: string): IndexEntry | undefined {
    return this.index.get(id)
  }

  /**
   * A page of articles, newest first, filtered; `query` searches titles and bodies. While the
   * list is still being read or search is still loading, the answer says `indexing`: it may
   * grow when asked again.
   */
  list(q: ListQuery): ListResult {
    const query = ListQuerySchema.parse(q)
    const text = query.query?.trim() ?? ''
    if (text === '') return this.marked(this.index.list(query), !this.rebuilt)
    const matches =
      (this.rebuilt ? this.search.search(text) : null) ??
      matchSummaries(
        text,
        this.index.all().map((e) => e.summary),
      )
    return this.marked(this.index.list(query, matches), !this.complete)
  }

  private marked(result: ListResult, indexing: boolean): ListResult {
    return indexing ? { ...result, indexing } : result
  }

  facets(): Facets {
    return this.index.facets()
  }

  async whenSearchReady(): Promise<void> {
    await this.rebuilding
    await this.search.whenReady()
  }

  /** Records a just-written article; pass its plain text when already computed. */
  record(loaded: LoadedArticle, text: string = docText(loaded.file.doc)): IndexEntry {
    const entry = {
      summary: summarizeArticle(loaded.file, text, loaded.docJson),
      mtimeMs: loaded.mtimeMs,
      size: loaded.size,
    }
    this.index.set(entry)
    this.indexWriter.schedule()
    this.search.upsertSoon(searchDocument(loaded, text), fingerprintOf(loaded))
    return entry
  }

  /** Forgets an article that left the library. */
  drop(id: string): void {
    if (!this.rebuilt) this.forgotten.add(id)
    if (this.index.delete(id)) this.indexWriter.schedule()
    this.search.remove(id)
  }

  /** Writes index.json and the search index if they changed; tells whether index.json is current. */
  async close(): Promise<boolean> {
    this.closing = true
    if (this.searchTimer) clearTimeout(this.searchTimer)
    await this.verifying
    await this.rebuilding
    const indexSaved = await this.indexWriter.flush().then(
      () => true,
      () => false,
    )
    await this.search.close().catch(() => undefined)
    return indexSaved
  }
}
