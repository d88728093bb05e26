import MiniSearch, { type AsPlainObject, type Options } from 'minisearch'

/** What the full-text index sees of an article. */
export interface SearchDocument {
  id: string
  title: string
  text: string
}

/** One term of MiniSearch's JSON: the term and, per field, how often each document has it. */
export type TermEntry = [string, Record<string, Record<string, number>>]

/** Everything in MiniSearch's JSON except the terms. */
export type IndexHeader = Omit<AsPlainObject, 'index'>

/** Edit distance allowed per query word, as a share of its length (MiniSearch's `fuzzy`). */
const FUZZY = 0.2
const MAX_FUZZY = 6

/** Case- and accent-insensitive terms: "Café" is found by "cafe". */
function processTerm(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

const OPTIONS: Options<SearchDocument> = { fields: ['title', 'text'], idField: 'id', processTerm }

type Postings = Map<number, Map<number, number>>

/**
 * MiniSearch's index, answering "which documents match every word" without ranking them (the
 * library list is sorted by date, and scoring thousands of matches for a common word is what
 * made searches slow), and giving out its terms one at a time so a snapshot can be written
 * and read in chunks instead of stalling the app. Matching follows MiniSearch's own rules:
 * each query word matches the terms it is a prefix of and those within a fuzzy edit distance.
 * It reads MiniSearch's protected fields, so package.json pins MiniSearch to an exact version.
 */
export class MatchingMiniSearch extends MiniSearch<SearchDocument> {
  constructor() {
    super(OPTIONS)
  }

  /** An index with the documents of `header` and no terms yet; {@link addTermEntry} adds them. */
  static fromHeader(header: IndexHeader): MatchingMiniSearch {
    const loaded = MiniSearch.loadJS({ ...header, index: [] }, OPTIONS)
    // Loading always builds a plain MiniSearch; the subclass adds methods and no state.
    return Object.setPrototypeOf(loaded, MatchingMiniSearch.prototype) as MatchingMiniSearch
  }

  /** Adds one term as MiniSearch's JSON has it (see {@link termEntry}). */
  addTermEntry([term, data]: TermEntry): void {
    const fields: Postings = new Map()
    for (const fieldId of Object.keys(data)) {
      const freqs = data[fieldId] ?? {}
      const docs = new Map<number, number>()
      for (const shortId of Object.keys(freqs)) docs.set(Number(shortId), freqs[shortId] ?? 0)
      fields.set(Number(fieldId), docs)
    }
    this._index.set(term, fields)
  }

  /** Ids of the live documents matching every word of `query`. */
  matchingIds(query: string): Set<string> {
    const { tokenize, processTerm: process } = this._options
    const terms = tokenize(query).flatMap((word) => {
      const term = process(word)
      return Array.isArray(term) ? term : term ? [term] : []
    })
    const ids = new Set<string>()
    if (terms.length === 0) return ids
    let matched: Uint8Array | null = null
    for (const term of terms) {
      const hits = this.termHits(term)
      if (!matched) matched = hits
      else for (let i = 0; i < matched.length; i++) matched[i] = (matched[i] ?? 0) & (hits[i] ?? 0)
    }
    // Postings of discarded documents linger until vacuuming; only live ids count.
    for (const [shortId, id] of this._documentIds) if (matched?.[shortId]) ids.add(String(id))
    return ids
  }

  /** The terms now indexed. */
  terms(): string[] {
    return [...this._index.keys()]
  }

  /** One term as MiniSearch's JSON has it; null when the term is no longer indexed. */
  termEntry(term: string): TermEntry | null {
    const fields = this._index.get(term)
    if (!fields) return null
    const data: TermEntry[1] = {}
    for (const [fieldId, freqs] of fields) data[fieldId] = Object.fromEntries(freqs)
    return [term, data]
  }

  /** The rest of MiniSearch's JSON, as of now. */
  header(): IndexHeader {
    return {
      documentCount: this._documentCount,
      nextId: this._nextId,
      documentIds: Object.fromEntries(this._documentIds),
      fieldIds: this._fieldIds,
      fieldLength: Object.fromEntries(this._fieldLength),
      averageFieldLength: this._avgFieldLength,
      storedFields: Object.fromEntries(this._storedFields),
      dirtCount: this._dirtCount,
      serializationVersion: 2,
    }
  }

  /** A flag per document (by MiniSearch's short id) for the documents one query word matches. */
  private termHits(term: string): Uint8Array {
    const hits = new Uint8Array(this._nextId)
    const mark = (postings: Postings | undefined): void => {
      for (const docs of postings?.values() ?? []) {
        for (const shortId of docs.keys()) hits[shortId] = 1
      }
    }
    // atPrefix includes the term itself.
    for (const [, postings] of this._index.atPrefix(term)) mark(postings)
    const distance = Math.min(MAX_FUZZY, Math.round(term.length * FUZZY))
    if (distance > 0) {
      for (const [postings] of this._index.fuzzyGet(term, distance).values()) mark(postings)
    }
    return hits
  }
}
