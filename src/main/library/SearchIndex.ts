import {
  MatchingMiniSearch,
  type DocumentEntry,
  type IndexCounts,
  type IndexHeader,
  type OlderTermEntry,
  type SearchDocument,
  type TermEntry,
} from './MatchingMiniSearch'

/**
 * Body characters indexed per article (≈ 3,000 words): bounds memory and the time a save of a
 * book-length article spends re-indexing; the opening of an article is what people search by.
 */
export const SEARCH_TEXT_LIMIT = 20_000

/**
 * Bumped whenever the snapshot layout or the indexing options change: older ones are rebuilt.
 * Format 3 (terms as MiniSearch's JSON has them) and format 2 (the same, then one last line
 * with every document) are still read, once, and rewritten.
 */
const SNAPSHOT_FORMAT = 4
const OLDER_FORMAT = 3
const LINE_PER_TERM_FORMAT = 2

/** Characters of snapshot written between two yields to the event loop (a few ms of work). */
const CHUNK_CHARS = 256 * 1024

/** Longest stretch of reading a snapshot between two yields to the event loop. */
const SLICE_MS = 15

const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve))

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Lets other work run once a slice of reading is used up. */
class Slicer {
  private sliceEnd = performance.now() + SLICE_MS

  async pause(): Promise<void> {
    if (performance.now() <= this.sliceEnd) return
    await yieldToEventLoop()
    this.sliceEnd = performance.now() + SLICE_MS
  }
}

/** The lines of text arriving in chunks, a chunk's worth at a time (no promise per line). */
async function* linesOf(
  chunks: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<string[]> {
  let carry = ''
  for await (const chunk of chunks) {
    const lines = (carry + chunk).split('\n')
    carry = lines.pop() ?? ''
    yield lines
  }
  if (carry !== '') yield [carry]
}

/**
 * Full-text search over titles and bodies (prefix and fuzzy matching, every word must match).
 * Updated one document at a time as articles are saved; each document carries a fingerprint
 * of the file it was built from, so a saved snapshot can be brought up to date.
 *
 * A snapshot is text with no long line: `{"format":4}`, one line per term (its documents as
 * plain numbers, which parse several times faster than MiniSearch's objects), one line per
 * document (short id, id, field lengths, fingerprint), then the remaining counts. Both
 * directions work a slice at a time, so a large library's index (tens of megabytes) never
 * stalls the app for long.
 */
export class SearchIndex {
  private readonly fingerprints: Map<string, string>
  private changedSinceSnapshot = false
  /** Ids changed while a snapshot is being written: it may hold them only in part. */
  private touchedDuringSnapshot: Set<string> | null = null
  private vacuuming = false

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
    return SearchIndex.read([text])
  }

  /**
   * Reads a snapshot line by line as its text streams in (in chunks of any size), yielding
   * between slices; null when it is damaged, cut short or outdated.
   */
  static async read(chunks: AsyncIterable<string> | Iterable<string>): Promise<SearchIndex | null> {
    const mini = new MatchingMiniSearch()
    const fingerprints = new Map<string, string>()
    const slicer = new Slicer()
    let format: number | null = null
    let counts: IndexCounts | null = null
    try {
      for await (const lines of linesOf(chunks))
        for (const line of lines) {
          if (line === '') continue
          if (counts) return null
          const value: unknown = JSON.parse(line)
          // Formats 3 and 4 differ only in how a term line lists its documents.
          const sectioned = format === SNAPSHOT_FORMAT || format === OLDER_FORMAT
          const header = format === null && isRecord(value)
          if (header && (value.format === SNAPSHOT_FORMAT || value.format === OLDER_FORMAT)) {
            format = value.format
          } else if (Array.isArray(value) && typeof value[0] === 'string') {
            format ??= LINE_PER_TERM_FORMAT
            if (format === SNAPSHOT_FORMAT) mini.addTermEntry(value as TermEntry)
            else mini.addOlderTermEntry(value as OlderTermEntry)
          } else if (sectioned && Array.isArray(value)) {
            const [shortId, id, fieldLength, fingerprint] = value as [...DocumentEntry, unknown]
            if (typeof shortId !== 'number' || typeof id !== 'string') return null
            if (!Array.isArray(fieldLength)) return null
            // Without a fingerprint its terms may be partial: left out, so it is re-indexed.
            if (typeof fingerprint !== 'string') continue
            mini.addDocumentEntry([shortId, id, fieldLength])
            fingerprints.set(id, fingerprint)
          } else if (sectioned && isRecord(value)) {
            counts = value as unknown as IndexCounts
          } else if (format === LINE_PER_TERM_FORMAT && isRecord(value)) {
            if (value.format !== LINE_PER_TERM_FORMAT) return null
            counts = await SearchIndex.readOlderLastLine(value, mini, fingerprints, slicer)
            if (!counts) return null
          } else {
            return null
          }
          await slicer.pause()
        }
      if (!counts || typeof counts.nextId !== 'number') return null
      mini.applyCounts(counts)
      const index = new SearchIndex(mini, fingerprints)
      // Written again in the current layout at the next save of the index.
      index.changedSinceSnapshot = format !== SNAPSHOT_FORMAT
      return index
    } catch {
      return null
    }
  }

  /** The documents and fingerprints of a format-2 snapshot, added a slice at a time. */
  private static async readOlderLastLine(
    last: Record<string, unknown>,
    mini: MatchingMiniSearch,
    fingerprints: Map<string, string>,
    slicer: Slicer,
  ): Promise<IndexCounts | null> {
    const { fingerprints: prints, header } = last
    if (!isRecord(prints) || !isRecord(header)) return null
    const { documentIds, fieldLength } = header as unknown as IndexHeader
    if (!isRecord(documentIds) || !isRecord(fieldLength)) return null
    for (const [id, fingerprint] of Object.entries(prints)) {
      if (typeof fingerprint !== 'string') return null
      fingerprints.set(id, fingerprint)
      await slicer.pause()
    }
    for (const [shortId, id] of Object.entries(documentIds)) {
      mini.addDocumentEntry([Number(shortId), String(id), fieldLength[shortId] ?? []])
      await slicer.pause()
    }
    return header as unknown as IndexCounts
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
    if (this.mini.has(doc.id)) this.discard(doc.id)
    this.mini.add({ id: doc.id, title: doc.title, text })
    this.fingerprints.set(doc.id, fingerprint)
    this.changedSinceSnapshot = true
    this.touchedDuringSnapshot?.add(doc.id)
  }

  remove(id: string): void {
    if (this.mini.has(id)) this.discard(id)
    if (this.fingerprints.delete(id)) this.changedSinceSnapshot = true
    this.touchedDuringSnapshot?.add(id)
  }

  /** Forgets a document at once; its terms are cleaned up later, in the background. */
  private discard(id: string): void {
    this.mini.discard(id)
    if (this.vacuuming || !this.mini.needsVacuum) return
    this.vacuuming = true
    const slicer = new Slicer()
    void this.mini
      .vacuumInSlices(() => slicer.pause())
      .catch(() => undefined)
      .finally(() => {
        this.vacuuming = false
      })
  }

  /** Ids of the articles matching every word of `query`. */
  search(query: string): Set<string> {
    return this.mini.matchingIds(query)
  }

  /** The snapshot text (see {@link chunks}) as one string. */
  async serialize(): Promise<string> {
    let text = ''
    for await (const chunk of this.chunks()) text += chunk
    return text
  }

  /**
   * The snapshot text, a chunk (of about {@link CHUNK_CHARS}) at a time, made while saves may go
   * on and written as it comes, so a large index never exists as one string. Documents and
   * counts are taken after the terms (so every id a term line mentions is accounted for) and
   * articles changed meanwhile are left out: the next load re-indexes them.
   */
  async *chunks(): AsyncGenerator<string> {
    const touched = new Set<string>()
    this.touchedDuringSnapshot = touched
    this.changedSinceSnapshot = false
    try {
      let lines: string[] = [JSON.stringify({ format: SNAPSHOT_FORMAT })]
      let chars = 0
      const full = (line: string): boolean => {
        lines.push(line)
        chars += line.length
        return chars > CHUNK_CHARS
      }
      const take = (): string => {
        const chunk = `${lines.join('\n')}\n`
        lines = []
        chars = 0
        return chunk
      }
      for (const term of this.mini.terms()) {
        const entry = this.mini.termEntry(term)
        if (entry && full(JSON.stringify(entry))) {
          yield take()
          await yieldToEventLoop()
        }
      }
      for (const [shortId, id, fieldLength] of this.mini.documentEntries()) {
        if (touched.has(id)) continue
        const fingerprint = this.fingerprints.get(id) ?? null
        if (full(JSON.stringify([shortId, id, fieldLength, fingerprint]))) {
          yield take()
          await yieldToEventLoop()
        }
      }
      lines.push(JSON.stringify(this.mini.counts()))
      yield take()
    } finally {
      this.touchedDuringSnapshot = null
    }
  }
}
