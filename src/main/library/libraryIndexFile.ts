import { readFile } from 'node:fs/promises'
import { ARTICLE_STATUSES } from '@shared/article/ArticleStatus'
import { writeFileAtomic } from './atomicWrite'
import { isArticleId } from './isArticleId'
import type { IndexEntry } from './LibraryIndex'

/** Bumped when the row shape changes; an index.json of another format is simply rebuilt. */
const INDEX_FORMAT = 1

const STATUSES: ReadonlySet<unknown> = new Set(ARTICLE_STATUSES)

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const isString = (v: unknown): v is string => typeof v === 'string'
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0

/**
 * Checks one row against ArticleSummarySchema's shape. Written out by hand: at open, in a
 * fresh process, zod compiling its validator for ten thousand rows costs more than reading
 * the file.
 */
export function isIndexEntry(row: unknown): row is IndexEntry {
  if (!isRecord(row) || typeof row.mtimeMs !== 'number' || !isCount(row.size)) return false
  const s = row.summary
  return (
    isRecord(s) &&
    isString(s.id) &&
    isArticleId(s.id) &&
    isString(s.title) &&
    isString(s.slug) &&
    STATUSES.has(s.status) &&
    isString(s.category) &&
    Array.isArray(s.tags) &&
    s.tags.every(isString) &&
    isString(s.updatedAt) &&
    isString(s.firstLine) &&
    isCount(s.wordCount)
  )
}

/**
 * Reads index.json. Returns null when it is missing, damaged or of another format: it is a
 * cache, so the caller rebuilds it rather than reporting anything.
 */
export async function readIndexFile(path: string): Promise<IndexEntry[] | null> {
  try {
    const data: unknown = JSON.parse(await readFile(path, 'utf8'))
    if (!isRecord(data) || data.format !== INDEX_FORMAT || !Array.isArray(data.articles))
      return null
    const rows: unknown[] = data.articles
    return rows.every(isIndexEntry) ? rows : null
  } catch {
    return null
  }
}

/** Longest stretch of building index.json's text between two yields to the event loop. */
const SLICE_MS = 15

/**
 * Writes index.json atomically (compact: it is large and only Copydesk reads it). The text is
 * built a slice at a time: tens of thousands of rows at once would hold the main side.
 */
export async function writeIndexFile(path: string, entries: readonly IndexEntry[]): Promise<void> {
  const rows: string[] = []
  let sliceEnd = performance.now() + SLICE_MS
  for (const entry of entries) {
    rows.push(JSON.stringify(entry))
    if (performance.now() > sliceEnd) {
      await new Promise((resolve) => setImmediate(resolve))
      sliceEnd = performance.now() + SLICE_MS
    }
  }
  await writeFileAtomic(path, `{"format":${INDEX_FORMAT},"articles":[${rows.join(',')}]}`)
}
