/** Room added when a full array grows: a share of its length, so appends stay cheap. */
const GROWTH = 1.5
const MIN_CAPACITY = 4

/**
 * Documents' worth of room a loaded term gets beyond those it has (a sixteenth): otherwise the
 * first save after loading would grow every common term at once, copying most of the index.
 */
function withSpare(length: number): number {
  return length + Math.max(MIN_CAPACITY, length >> 4)
}

/**
 * How often each document (by MiniSearch's short id) has one term in one field, as one typed
 * array of pairs sorted by short id instead of a Map per term: a large library's index takes a
 * fraction of the memory, loads from a snapshot without creating millions of objects (which
 * is what made reading it slow and its garbage collection stall the app), and is scanned fast
 * by a query. It behaves as the Map MiniSearch expects: MiniSearch gives a new document the
 * next, highest short id, so adding one appends; a removal moves the tail down one place.
 */
export class PackedTermFrequencies implements Map<number, number> {
  /** `[id, frequency, id, frequency…]`, sorted by id; room for more after `length` pairs. */
  private pairs: Uint32Array
  private length: number

  private constructor(pairs = new Uint32Array(2 * MIN_CAPACITY), length = 0) {
    this.pairs = pairs
    this.length = length
  }

  /**
   * From the snapshot layout {@link toDeltaPairs} writes: `[gap, frequency, gap, frequency…]`,
   * each gap the distance from the previous short id (the first from 0). Throws when the
   * gaps go backwards or a number is not a count.
   */
  static fromDeltaPairs(deltas: readonly unknown[]): PackedTermFrequencies {
    if (deltas.length % 2 !== 0) throw new Error('Damaged term frequencies')
    const pairs = new Uint32Array(2 * withSpare(deltas.length / 2))
    let id = 0
    for (let i = 0; i < deltas.length; i += 2) {
      const gap = deltas[i]
      const freq = deltas[i + 1]
      if (typeof gap !== 'number' || typeof freq !== 'number' || gap < (i === 0 ? 0 : 1)) {
        throw new Error('Damaged term frequencies')
      }
      id += gap
      pairs[i] = id
      pairs[i + 1] = freq
    }
    return new PackedTermFrequencies(pairs, deltas.length / 2)
  }

  /**
   * A copy of a short-id → frequency map (one MiniSearch made, or an older snapshot's).
   * Quick when the ids come in ascending order, as they do from either.
   */
  static from(entries: Iterable<[number, number]>): PackedTermFrequencies {
    const packed = new PackedTermFrequencies()
    for (const [id, freq] of entries) packed.set(id, freq)
    return packed
  }

  /** The layout {@link fromDeltaPairs} reads, for any short-id → frequency map. */
  static toDeltaPairs(frequencies: Map<number, number>): number[] {
    const { pairs, length } =
      frequencies instanceof PackedTermFrequencies
        ? frequencies
        : PackedTermFrequencies.from(frequencies)
    const deltas = new Array<number>(length * 2)
    let previous = 0
    for (let i = 0; i < length * 2; i += 2) {
      const id = pairs[i] ?? 0
      deltas[i] = id - previous
      deltas[i + 1] = pairs[i + 1] ?? 0
      previous = id
    }
    return deltas
  }

  /** Keeps the documents `keep` accepts, in one pass (each delete moves the whole tail). */
  retain(keep: (id: number) => boolean): void {
    let kept = 0
    for (let i = 0; i < this.length * 2; i += 2) {
      const id = this.pairs[i] ?? 0
      if (!keep(id)) continue
      this.pairs[kept] = id
      this.pairs[kept + 1] = this.pairs[i + 1] ?? 0
      kept += 2
    }
    this.length = kept / 2
  }

  /** Calls `mark` with every short id, without the allocations of iterating the map. */
  forEachId(mark: (id: number) => void): void {
    for (let i = 0; i < this.length * 2; i += 2) mark(this.pairs[i] ?? 0)
  }

  get size(): number {
    return this.length
  }

  get [Symbol.toStringTag](): string {
    return 'PackedTermFrequencies'
  }

  get(id: number): number | undefined {
    const at = this.indexOf(id)
    return this.holds(at, id) ? this.pairs[2 * at + 1] : undefined
  }

  has(id: number): boolean {
    return this.holds(this.indexOf(id), id)
  }

  set(id: number, freq: number): this {
    const at = this.indexOf(id)
    if (!this.holds(at, id)) {
      if (this.length * 2 === this.pairs.length) this.grow()
      this.pairs.copyWithin(2 * at + 2, 2 * at, 2 * this.length)
      this.pairs[2 * at] = id
      this.length++
    }
    this.pairs[2 * at + 1] = freq
    return this
  }

  delete(id: number): boolean {
    const at = this.indexOf(id)
    if (!this.holds(at, id)) return false
    this.pairs.copyWithin(2 * at, 2 * at + 2, 2 * this.length)
    this.length--
    return true
  }

  clear(): void {
    this.length = 0
  }

  forEach(callback: (freq: number, id: number, map: Map<number, number>) => void): void {
    for (const [id, freq] of this.entries()) callback(freq, id, this)
  }

  /** As of the call: MiniSearch's vacuuming deletes entries while it iterates. */
  *entries(): MapIterator<[number, number]> {
    const pairs = this.pairs.slice(0, 2 * this.length)
    for (let i = 0; i < pairs.length; i += 2) yield [pairs[i] ?? 0, pairs[i + 1] ?? 0]
  }

  *keys(): MapIterator<number> {
    for (const [id] of this.entries()) yield id
  }

  *values(): MapIterator<number> {
    for (const [, freq] of this.entries()) yield freq
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries()
  }

  private holds(at: number, id: number): boolean {
    return at < this.length && this.pairs[2 * at] === id
  }

  /** Where `id` is, or where it would go to keep the ids sorted (binary search). */
  private indexOf(id: number): number {
    // The usual cases while indexing: a new document, or the one just added.
    const last = this.length > 0 ? (this.pairs[2 * this.length - 2] ?? 0) : -1
    if (last < id) return this.length
    if (last === id) return this.length - 1
    let low = 0
    let high = this.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((this.pairs[2 * middle] ?? 0) < id) low = middle + 1
      else high = middle
    }
    return low
  }

  private grow(): void {
    const pairs = new Uint32Array(Math.max(MIN_CAPACITY, Math.ceil(this.length * GROWTH)) * 2)
    pairs.set(this.pairs.subarray(0, 2 * this.length))
    this.pairs = pairs
  }
}
