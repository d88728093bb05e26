import {
  MatchingMiniSearch,
  type IndexHeader,
  type SearchDocument,
  type TermEntry,
} from './MatchingMiniSearch'

/**
 * Body characters indexed per article (≈ 3,000 words): bounds memory and the time a save of a
 * book-length article spends re-indexing; the opening of an article is what people search by.
 */
export const SEARCH_TEXT_LIMIT = 20_000

/** Bumped whenever the snapshot layout or the indexing options change: older ones are rebuilt. */
const SNAPSHOT_FORMAT = 2

/** Characters of snapshot written between two yields to the event loop (a few ms of work). */
const CHUNK_CHARS = 256 * 1024

/** Longest stretch of reading a snapshot between two yields to the event loop. */
const SLICE_MS = 15

const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve))

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Full-text search over titles and bodies (prefix and fuzzy matching, every word must match).
 * Updated one document at a time as articles are saved; each document carries a fingerprint
 * of the file it was built from, so a saved snapshot can be brought up to date.
 *
 * A snapshot is text: one line per term, then a last line with the rest of the index and the
 * fingerprints. Both directions work a chunk at a time, so a large library's index (tens of
 * megabytes) never stalls the app for long.
 */
export class SearchIndex {
  private readonly fingerprints: Map<string, string>
  private changedSinceSnapshot = false
  /** Ids changed while a snapshot is being written: it may hold them only in part. */
  private touchedDuringSnapshot: Set<string> | null = null

  private constructor(
    private readonly mini: MatchingMiniSearch,
    fingerprints: Iterable<[string, string]> = [],
  ) {
    this.fingerprints = new Map(fingerprints)
  }

  static empty(): SearchIndex {
    return new SearchIndex(new MatchingMiniSearch())
  }

  /** Reads a snapshot written by {@link serialize}; null when it is damaged or outdated. */
  static async parse(text: string): Promise<SearchIndex | null> {
    // Line by line, not split at once: a snapshot of tens of megabytes would stall on it.
    let end = text.length
    while (end > 0 && text[end - 1] === '\n') end--
    const lastStart = text.lastIndexOf('\n', end - 1) + 1
    try {
      const last: unknown = JSON.parse(text.slice(lastStart, end))
      if (!isRecord(last) || last.format !== SNAPSHOT_FORMAT) return null
      const { fingerprints, header } = last
      if (!isRecord(fingerprints) || !isRecord(header)) return null
      if (!Object.values(fingerprints).every((v) => typeof v === 'string')) return null
      const mini = MatchingMiniSearch.fromHeader(header as IndexHeader)
      let sliceEnd = performance.now() + SLICE_MS
      for (let start = 0; start < lastStart;) {
        const lineEnd = text.indexOf('\n', start)
        mini.addTermEntry(JSON.parse(text.slice(start, lineEnd)) as TermEntry)
        start = lineEnd + 1
        if (performance.now() > sliceEnd) {
          await yieldToEventLoop()
          sliceEnd = performance.now() + SLICE_MS
        }
      }
      return new SearchIndex(mini, Object.entries(fingerprints as Record<string, string>))
    } catch {
      return null
    }
  }

  get documentCount(): number {
    return this.mini.documentCount
  }

  /** True when something changed since the last snapshot was taken. */
  get changed(): boolean {
    return this.changedSinceSnapshot
  }

  /** The fingerprint `id` was indexed with, if it is indexed. */
  fingerprint(id: string): string | undefined {
    return this.fingerprints.get(id)
  }

  ids(): string[] {
    return [...this.fingerprints.keys()]
  }

  /** Adds or replaces one article. */
  upsert(doc: SearchDocument, fingerprint: string): void {
    const text =
      doc.text.length > SEARCH_TEXT_LIMIT ? doc.text.slice(0, SEARCH_TEXT_LIMIT) : doc.text
    if (this.mini.has(doc.id)) this.mini.discard(doc.id)
    this.mini.add({ id: doc.id, title: doc.title, text })
    this.fingerprints.set(doc.id, fingerprint)
    this.changedSinceSnapshot = true
    this.touchedDuringSnapshot?.add(doc.id)
  }

  remove(id: string): void {
    if (this.mini.has(id)) this.mini.discard(id)
    if (this.fingerprints.delete(id)) this.changedSinceSnapshot = true
    this.touchedDuringSnapshot?.add(id)
  }

  /** Ids of the articles matching every word of `query`. */
  search(query: string): Set<string> {
    return this.mini.matchingIds(query)
  }

  /**
   * The snapshot text, built a chunk at a time while saves may go on. The rest of the index is
   * taken last (so every id a term line mentions is accounted for) and articles changed
   * meanwhile are left without a fingerprint: the next load re-indexes them.
   */
  async serialize(): Promise<string> {
    const touched = new Set<string>()
    this.touchedDuringSnapshot = touched
    this.changedSinceSnapshot = false
    try {
      const lines: string[] = []
      let chars = 0
      for (const term of this.mini.terms()) {
        const entry = this.mini.termEntry(term)
        if (!entry) continue
        const line = JSON.stringify(entry)
        lines.push(line)
        chars += line.length
        if (chars > CHUNK_CHARS) {
          chars = 0
          await yieldToEventLoop()
        }
      }
      const fingerprints = Object.fromEntries(
        [...this.fingerprints].filter(([id]) => !touched.has(id)),
      )
      const header = this.mini.header()
      lines.push(JSON.stringify({ format: SNAPSHOT_FORMAT, fingerprints, header }))
      return `${lines.join('\n')}\n`
    } finally {
      this.touchedDuringSnapshot = null
    }
  }
}
