import type { ArticleSummary } from '@shared/article/Article'
import type { Facets, ListQuery, ListResult } from '@shared/ipc/contract'
import type { FileStamp } from './ArticleRepository'

/** One article as the index knows it: its list row and the stamp of the file it came from. */
export interface IndexEntry extends FileStamp {
  summary: ArticleSummary
}

const byText = (a: string, b: string): number =>
  a.localeCompare(b, undefined, { sensitivity: 'base' })

/** Newest first; ties broken by id so pages never shuffle between calls. */
function byUpdatedDesc({ summary: a }: IndexEntry, { summary: b }: IndexEntry): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * The in-memory list of every article in the library: answers list pages and facets without
 * touching the disk. Sorting and facets are computed once and reused until something changes.
 */
export class LibraryIndex {
  private readonly entries = new Map<string, IndexEntry>()
  private sorted: IndexEntry[] | null = null
  private cachedFacets: Facets | null = null

  constructor(entries: Iterable<IndexEntry> = []) {
    for (const entry of entries) this.entries.set(entry.summary.id, entry)
  }

  get size(): number {
    return this.entries.size
  }

  get(id: string): IndexEntry | undefined {
    return this.entries.get(id)
  }

  /** Every entry, newest first (so index.json is written in list order and loads pre-sorted). */
  all(): readonly IndexEntry[] {
    if (!this.sorted) this.sorted = [...this.entries.values()].sort(byUpdatedDesc)
    return this.sorted
  }

  set(entry: IndexEntry): void {
    this.entries.set(entry.summary.id, entry)
    this.changed()
  }

  delete(id: string): boolean {
    const removed = this.entries.delete(id)
    if (removed) this.changed()
    return removed
  }

  /**
   * One page of articles, newest first, after the status/category/tag filters. `matches`, when
   * given, keeps only those ids (the full-text search result).
   */
  list(query: ListQuery, matches: ReadonlySet<string> | null = null): ListResult {
    const offset = query.offset ?? 0
    const limit = query.limit ?? 200
    const items: ArticleSummary[] = []
    let total = 0
    for (const { summary } of this.all()) {
      if (query.status && summary.status !== query.status) continue
      if (query.category && summary.category !== query.category) continue
      if (query.tag && !summary.tags.includes(query.tag)) continue
      if (query.place && (query.place === 'team') !== (summary.team ?? false)) continue
      if (matches && !matches.has(summary.id)) continue
      if (total >= offset && items.length < limit) items.push(summary)
      total++
    }
    return { items, total }
  }

  /** Every category and tag in use, sorted for a person (case and accents ignored). */
  facets(): Facets {
    if (!this.cachedFacets) {
      const categories = new Set<string>()
      const tags = new Set<string>()
      for (const { summary } of this.entries.values()) {
        if (summary.category) categories.add(summary.category)
        for (const tag of summary.tags) if (tag) tags.add(tag)
      }
      this.cachedFacets = { categories: [...categories].sort(byText), tags: [...tags].sort(byText) }
    }
    return this.cachedFacets
  }

  private changed(): void {
    this.sorted = null
    this.cachedFacets = null
  }
}
