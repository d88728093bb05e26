import { createReadStream } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'
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

/** Rows read before {@link readIndexRows} returns: more than a first page, a moment's work. */
const FIRST_ROWS = 1000

/** The line index.json starts with; each row follows on a line of its own. */
const HEADER = `{"format":${INDEX_FORMAT},"articles":[`

/** index.json as read at open: its first rows, and the rest still to come. */
export interface IndexRows {
  /** The newest rows (the file is written newest first). */
  first: IndexEntry[]
  /**
   * The remaining rows, a batch per chunk of the file, for reading in the background; null
   * when `first` holds them all. Stops early at a damaged row: the check against the folders
   * finds the articles it would have listed.
   */
  rest: AsyncGenerator<IndexEntry[]> | null
  /** True when the file is in the layout of one line (older versions): it should be rewritten. */
  oneLine: boolean
}

function rowOf(line: string): IndexEntry | null {
  const text = line.endsWith(',') ? line.slice(0, -1) : line
  try {
    const row: unknown = JSON.parse(text)
    return isIndexEntry(row) ? row : null
  } catch {
    return null
  }
}

/** The lines of a file, a chunk's worth at a time; the last one needs no line end. */
async function* linesOf(path: string): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8')
  let partial = ''
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    const lines = (partial + decoder.write(chunk as Buffer)).split('\n')
    partial = lines.pop() ?? ''
    yield lines
  }
  const last = partial + decoder.end()
  if (last !== '') yield [last]
}

/** Rows of the lines after the header, a batch per chunk, until the closing line or damage. */
async function* rowsOf(
  lines: AsyncGenerator<string[]>,
  pending: string[],
): AsyncGenerator<IndexEntry[]> {
  let batch = pending
  for (;;) {
    const rows: IndexEntry[] = []
    for (const line of batch) {
      const row = line === ']}' ? null : rowOf(line)
      if (!row) {
        yield rows
        return
      }
      rows.push(row)
    }
    yield rows
    const next = await lines.next()
    if (next.done) return
    batch = next.value
  }
}

/**
 * Reads index.json, the newest rows first and the rest as they come, so a large library lists
 * its first page long before the whole file is parsed. Returns null when it is missing,
 * damaged at its start or of another format: it is a cache, so the caller rebuilds it rather
 * than reporting anything.
 */
export async function readIndexRows(
  path: string,
  firstRows: number = FIRST_ROWS,
): Promise<IndexRows | null> {
  const lines = linesOf(path)
  try {
    const opening = await lines.next()
    if (opening.done) return null
    const [header, ...after] = opening.value
    if (header !== HEADER) return await readOneLine(header ?? '', after, lines)
    const rows = rowsOf(lines, after)
    const first: IndexEntry[] = []
    let surplus: IndexEntry[] = []
    while (first.length < firstRows) {
      const next = await rows.next()
      if (next.done) return { first, rest: null, oneLine: false }
      const room = firstRows - first.length
      first.push(...next.value.slice(0, room))
      surplus = next.value.slice(room)
    }
    return { first, rest: rowsAfter(surplus, rows), oneLine: false }
  } catch {
    await lines.return(undefined)
    return null
  }
}

async function* rowsAfter(
  surplus: IndexEntry[],
  rows: AsyncGenerator<IndexEntry[]>,
): AsyncGenerator<IndexEntry[]> {
  if (surplus.length > 0) yield surplus
  yield* rows
}

/** An index.json of one line, as older versions wrote it: parsed in one go. */
async function readOneLine(
  start: string,
  after: string[],
  lines: AsyncGenerator<string[]>,
): Promise<IndexRows | null> {
  const parts = [start, ...after]
  for await (const more of lines) parts.push(...more)
  const data: unknown = JSON.parse(parts.join('\n'))
  if (!isRecord(data) || data.format !== INDEX_FORMAT || !Array.isArray(data.articles)) return null
  const rows: unknown[] = data.articles
  return rows.every(isIndexEntry) ? { first: rows, rest: null, oneLine: true } : null
}

/** Longest stretch of building index.json's text between two yields to the event loop. */
const SLICE_MS = 15

/**
 * Writes index.json atomically, one compact row per line (see {@link readIndexRows}). The text is
 * made and written a slice at a time: tens of thousands of rows at once would hold the main
 * side, and never exists as one string.
 */
export async function writeIndexFile(path: string, entries: readonly IndexEntry[]): Promise<void> {
  await writeFileAtomic(path, indexFileChunks(entries))
}

/** The text of index.json in chunks of a slice's rows each. */
async function* indexFileChunks(entries: readonly IndexEntry[]): AsyncGenerator<string> {
  yield `${HEADER}\n`
  let rows: string[] = []
  let sliceEnd = performance.now() + SLICE_MS
  let first = true
  const take = (): string => {
    const chunk = `${first ? '' : ',\n'}${rows.join(',\n')}`
    first = false
    rows = []
    return chunk
  }
  for (const entry of entries) {
    rows.push(JSON.stringify(entry))
    if (performance.now() > sliceEnd) {
      yield take()
      await new Promise((resolve) => setImmediate(resolve))
      sliceEnd = performance.now() + SLICE_MS
    }
  }
  if (rows.length > 0) yield take()
  yield first ? ']}' : '\n]}'
}
