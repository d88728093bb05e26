import type { FileStamp } from './ArticleRepository'
import type { SearchDocument } from './MatchingMiniSearch'
import { SearchIndex } from './SearchIndex'
import { readSearchIndexFile, writeSearchIndexFile } from './searchIndexFile'

/** Where the live index gets articles from while it brings itself up to date. */
export interface SearchSource {
  /** The fingerprint of every article currently in the library. */
  fingerprints(): Map<string, string>
  /** The current fingerprint of one article; undefined when it left the library. */
  fingerprint(id: string): string | undefined
  /** Reads one article for indexing; null when it is gone or unreadable. */
  read(id: string): Promise<{ doc: SearchDocument; fingerprint: string } | null>
}

/** Identifies one version of an article file; any save changes it. */
export function fingerprintOf(stamp: FileStamp): string {
  return `${stamp.mtimeMs}:${stamp.size}`
}

/** Longest stretch of queued indexing between two yields to the event loop. */
const SLICE_MS = 15

/** Snapshots are rewritten at once after a load that did this much indexing work. */
const PERSIST_AFTER_WORK = 200

/**
 * The full-text index of an open library. It loads in the background (from the saved snapshot
 * when there is one, re-indexing only what changed since), so opening a large library is not
 * held up by it; until it is ready, {@link search} returns null and callers use a quicker,
 * narrower match. Saves made meanwhile are queued and applied, never lost.
 */
export class LiveSearch {
  private index: SearchIndex | null = null
  private ready = false
  private stopping = false
  private loading: Promise<void> | null = null
  private readonly pending = new Map<string, { doc: SearchDocument; fingerprint: string } | null>()
  private readonly deferred = new Map<string, { doc: SearchDocument; fingerprint: string }>()
  private deferredScheduled = false

  constructor(
    private readonly file: string,
    private readonly source: SearchSource,
    /** False while the library is open read-only: the snapshot is then never rewritten. */
    private readonly canPersist: () => boolean = () => true,
  ) {}

  get isReady(): boolean {
    return this.ready
  }

  /** Starts loading in the background; safe to call more than once. */
  start(): void {
    if (!this.stopping) this.loading ??= this.load()
  }

  /** Resolves once the index is complete and current. */
  async whenReady(): Promise<void> {
    this.start()
    await this.loading
  }

  upsert(doc: SearchDocument, fingerprint: string): void {
    if (this.index) this.index.upsert(doc, fingerprint)
    else this.pending.set(doc.id, { doc, fingerprint })
  }

  /**
   * Like {@link upsert}, but just after the current task: a save is acknowledged without
   * waiting for its (possibly long) document to be indexed. Repeated saves index once.
   */
  upsertSoon(doc: SearchDocument, fingerprint: string): void {
    this.deferred.set(doc.id, { doc, fingerprint })
    if (this.deferredScheduled) return
    this.deferredScheduled = true
    setImmediate(() => this.applyDeferred())
  }

  remove(id: string): void {
    this.deferred.delete(id)
    if (this.index) this.index.remove(id)
    else this.pending.set(id, null)
  }

  /** Ids matching `query`, or null while the index is still loading (it starts loading now). */
  search(query: string): Set<string> | null {
    this.start()
    this.applyDeferred()
    return this.ready && this.index ? this.index.search(query) : null
  }

  /** Stops background work and saves the index if it changed. */
  async close(): Promise<void> {
    this.stopping = true
    this.applyDeferred()
    await this.loading
    await this.persist()
  }

  private applyDeferred(): void {
    this.deferredScheduled = false
    for (const { doc, fingerprint } of this.deferred.values()) this.upsert(doc, fingerprint)
    this.deferred.clear()
  }

  private async persist(): Promise<void> {
    if (this.index?.changed && this.canPersist()) await writeSearchIndexFile(this.file, this.index)
  }

  private async load(): Promise<void> {
    const index = (await readSearchIndexFile(this.file)) ?? SearchIndex.empty()
    let work = 0
    // In slices between other work: after a rebuild thousands of articles wait here, and
    // indexing them in one go would hold the main side for seconds.
    while (this.pending.size > 0) {
      const sliceEnd = performance.now() + SLICE_MS
      for (const [id, update] of this.pending) {
        this.pending.delete(id)
        if (update) index.upsert(update.doc, update.fingerprint)
        else index.remove(id)
        work++
        if (performance.now() > sliceEnd) break
      }
      if (this.pending.size > 0) await new Promise((resolve) => setImmediate(resolve))
    }
    this.index = index
    work += await this.catchUp(index)
    this.ready = !this.stopping
    if (this.ready && work >= PERSIST_AFTER_WORK) await this.persist().catch(() => undefined)
  }

  /** Re-indexes what changed on disk since the snapshot; returns how many articles it read. */
  private async catchUp(index: SearchIndex): Promise<number> {
    const wanted = this.source.fingerprints()
    for (const id of index.ids()) if (!wanted.has(id)) index.remove(id)
    let read = 0
    for (const [id, fingerprint] of wanted) {
      if (this.stopping) break
      if (index.fingerprint(id) === fingerprint) continue
      const found = await this.source.read(id).catch(() => null)
      read++
      // A save may have indexed a newer version while this one was being read.
      if (found && index.fingerprint(id) !== this.source.fingerprint(id)) {
        index.upsert(found.doc, found.fingerprint)
      }
    }
    return read
  }
}
