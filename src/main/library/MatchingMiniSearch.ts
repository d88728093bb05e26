import MiniSearch, { type AsPlainObject, type Options } from 'minisearch'
import { PackedTermFrequencies } from './PackedTermFrequencies'

/** What the full-text index sees of an article. */
export interface SearchDocument {
  id: string
  title: string
  text: string
}

/**
 * One term and, per field, which documents have it how often: `[gap, frequency, gap…]` with
 * short ids as gaps from the previous one (see {@link PackedTermFrequencies.toDeltaPairs}).
 */
export type TermEntry = [string, Record<string, number[]>]

/** One term as MiniSearch's JSON has it (older snapshots): per field, short id → frequency. */
export type OlderTermEntry = [string, Record<string, Record<string, number>>]

/** Everything in MiniSearch's JSON except the terms (the older snapshot layout's last line). */
export type IndexHeader = Omit<AsPlainObject, 'index'>

/** One document: MiniSearch's short id, the article id and the length of each field. */
export type DocumentEntry = [number, string, number[]]

/** MiniSearch's bookkeeping besides terms and documents. */
export interface IndexCounts {
  nextId: number
  fieldIds: Record<string, number>
  averageFieldLength: number[]
  dirtCount: number
}

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

/** MiniSearch's own thresholds for vacuuming: enough discarded documents, and a tenth of all. */
const VACUUM_MIN_DIRT = 20
const VACUUM_MIN_DIRT_FACTOR = 0.1

const OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'text'],
  idField: 'id',
  processTerm,
  // MiniSearch's vacuuming runs 1,000 terms without a pause: see vacuumInSlices instead.
  autoVacuum: false,
}

type Postings = Map<number, Map<number, number>>

/** A term's fields, keeping each field's frequencies packed even when MiniSearch adds one. */
class PackedFields extends Map<number, Map<number, number>> {
  override set(fieldId: number, frequencies: Map<number, number>): this {
    const packed =
      frequencies instanceof PackedTermFrequencies
        ? frequencies
        : PackedTermFrequencies.from(frequencies)
    return super.set(fieldId, packed)
  }
}

/**
 * MiniSearch's index, answering "which documents match every word" without ranking them (the
 * library list is sorted by date, and scoring thousands of matches for a common word is what
 * made searches slow), and giving out its terms one at a time so a snapshot can be written
 * and read in chunks instead of stalling the app. Matching follows MiniSearch's own rules:
 * each query word matches the terms it is a prefix of and those within a fuzzy edit distance.
 * Each term's documents are kept packed (see {@link PackedTermFrequencies}) rather than in a
 * Map per term and field. It reads MiniSearch's protected fields and relies on how it adds
 * terms, so package.json pins MiniSearch to an exact version.
 */
export class MatchingMiniSearch extends MiniSearch<SearchDocument> {
  constructor() {
    super(OPTIONS)
    // Where MiniSearch creates a new term's fields (it offers no other hook): packed ones.
    const fetch = this._index.fetch.bind(this._index)
    this._index.fetch = (term) => fetch(term, () => new PackedFields())
  }

  /** Adds one document as {@link documentEntries} gives it; its terms come by {@link addTermEntry}. */
  addDocumentEntry([shortId, id, fieldLength]: DocumentEntry): void {
    this._documentIds.set(shortId, id)
    this._idToShortId.set(id, shortId)
    this._fieldLength.set(shortId, fieldLength)
    this._documentCount = this._documentIds.size
  }

  /** Takes over the bookkeeping of a loaded index, once its documents and terms are in. */
  applyCounts(counts: IndexCounts): void {
    this._nextId = counts.nextId
    this._fieldIds = counts.fieldIds
    this._avgFieldLength = counts.averageFieldLength
    this._dirtCount = counts.dirtCount
  }

  /** The documents now indexed, as of this moment. */
  documentEntries(): DocumentEntry[] {
    return [...this._documentIds].map(([shortId, id]) => [
      shortId,
      String(id),
      this._fieldLength.get(shortId) ?? [],
    ])
  }

  /** The bookkeeping {@link applyCounts} takes, as of now. */
  counts(): IndexCounts {
    return {
      nextId: this._nextId,
      fieldIds: this._fieldIds,
      averageFieldLength: this._avgFieldLength,
      dirtCount: this._dirtCount,
    }
  }

  /** Adds one term as {@link termEntry} gives it; throws when it is damaged. */
  addTermEntry([term, data]: TermEntry): void {
    const fields = new PackedFields()
    for (const fieldId of Object.keys(data)) {
      const deltas = data[fieldId]
      if (!Array.isArray(deltas)) throw new Error('Damaged term entry')
      fields.set(Number(fieldId), PackedTermFrequencies.fromDeltaPairs(deltas))
    }
    this._index.set(term, fields)
  }

  /** Adds one term as MiniSearch's JSON has it (the layout of older snapshots). */
  addOlderTermEntry([term, data]: OlderTermEntry): void {
    const fields = new PackedFields()
    for (const fieldId of Object.keys(data)) {
      const freqs = data[fieldId] ?? {}
      // Integer-like keys come in ascending order, which packing relies on to be quick.
      const ids = Object.keys(freqs).map((id): [number, number] => [Number(id), freqs[id] ?? 0])
      fields.set(Number(fieldId), PackedTermFrequencies.from(ids))
    }
    this._index.set(term, fields)
  }

  /** True when enough discarded documents linger in the terms for {@link vacuumInSlices}. */
  get needsVacuum(): boolean {
    return this.dirtCount >= VACUUM_MIN_DIRT && this.dirtFactor >= VACUUM_MIN_DIRT_FACTOR
  }

  /**
   * Drops discarded documents from the terms (where MiniSearch leaves them), awaiting `pause`
   * after each term so other work can go on; adds and discards may happen meanwhile.
   */
  async vacuumInSlices(pause: () => Promise<void>): Promise<void> {
    const dirt = this._dirtCount
    const live = (shortId: number): boolean => this._documentIds.has(shortId)
    for (const term of this.terms()) {
      const fields = this._index.get(term)
      for (const [fieldId, freqs] of fields ?? []) {
        if (freqs instanceof PackedTermFrequencies) freqs.retain(live)
        else for (const shortId of [...freqs.keys()]) if (!live(shortId)) freqs.delete(shortId)
        if (freqs.size === 0) fields?.delete(fieldId)
      }
      if (fields?.size === 0) this._index.delete(term)
      await pause()
    }
    this._dirtCount -= dirt
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

  /** One term as {@link addTermEntry} takes it; null when the term is no longer indexed. */
  termEntry(term: string): TermEntry | null {
    const fields = this._index.get(term)
    if (!fields) return null
    const data: TermEntry[1] = {}
    for (const [fieldId, freqs] of fields) data[fieldId] = PackedTermFrequencies.toDeltaPairs(freqs)
    return [term, data]
  }

  /** A flag per document (by MiniSearch's short id) for the documents one query word matches. */
  private termHits(term: string): Uint8Array {
    const hits = new Uint8Array(this._nextId)
    const markId = (shortId: number): void => {
      hits[shortId] = 1
    }
    const mark = (postings: Postings | undefined): void => {
      for (const docs of postings?.values() ?? []) {
        if (docs instanceof PackedTermFrequencies) docs.forEachId(markId)
        else for (const shortId of docs.keys()) hits[shortId] = 1
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
