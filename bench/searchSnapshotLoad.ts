// Reading a large full-text snapshot, on its own: how long readSearchIndexFile takes, the
// longest event-loop stall meanwhile, the memory it keeps (heap and typed arrays), and a digest of query answers so two
// versions of the code can be compared for identical results.
// Usage: node --expose-gc --import tsx bench/searchSnapshotLoad.ts <snapshot file> [articles]
// The snapshot is built (through SearchIndex.upsert, as the library does) when it is missing.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { docText } from '../src/shared/article/docText'
import { SearchIndex } from '../src/main/library/SearchIndex'
import { readSearchIndexFile, writeSearchIndexFile } from '../src/main/library/searchIndexFile'
import { corpusArticle, corpusQueries, seededRandom } from './libraryCorpus'
import { percentile } from './percentile'

const file = process.argv[2]
const articles = Number(process.argv[3] ?? 50_000)
if (!file) throw new Error('usage: searchSnapshotLoad <snapshot file> [articles]')

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024)
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined)

if (!existsSync(file)) {
  const rnd = seededRandom(42)
  const index = SearchIndex.empty()
  const t = performance.now()
  for (let i = 0; i < articles; i++) {
    const article = corpusArticle(rnd, 600)
    index.upsert({ id: `a${i}`, title: article.title, text: docText(article.doc) }, `f${i}`)
  }
  console.log(`built ${articles} articles in ${Math.round(performance.now() - t)} ms`)
  await writeSearchIndexFile(file, index)
}

/** Heap plus typed arrays' buffers (kept outside the heap). */
const used = (): number => {
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return heapUsed + arrayBuffers
}

gc()
const heapBefore = used()
let peakHeap = heapBefore
const sampler = setInterval(() => {
  peakHeap = Math.max(peakHeap, used())
}, 20)
const stalls = monitorEventLoopDelay({ resolution: 5 })
stalls.enable()
const start = performance.now()
const index = await readSearchIndexFile(file)
const readMs = performance.now() - start
stalls.disable()
clearInterval(sampler)
if (!index) throw new Error('snapshot not read')
gc()
const heapAfter = used()

const digest = createHash('sha256')
const queries = corpusQueries(seededRandom(7), 100)
const q = performance.now()
let hits = 0
for (const query of queries) {
  const ids = [...index.search(query)].sort()
  hits += ids.length
  digest.update(`${query}:${ids.join(',')}\n`)
}
const queryMs = performance.now() - q
const again = queries.map((query) => {
  const t = performance.now()
  index.search(query)
  return performance.now() - t
})

// The first saves after loading: each adds the article's terms to the loaded ones.
const saveRnd = seededRandom(3)
const saveMs: number[] = []
for (let i = 0; i < 30; i++) {
  const article = corpusArticle(saveRnd, 600)
  const t = performance.now()
  index.upsert({ id: `a${i}`, title: article.title, text: docText(article.doc) }, `g${i}`)
  saveMs.push(Math.round(performance.now() - t))
}
console.log(
  JSON.stringify({
    documents: index.documentCount,
    readMs: Math.round(readMs),
    longestStallMs: Math.round(stalls.max / 1e6),
    retainedMb: mb(heapAfter - heapBefore),
    peakMb: mb(peakHeap),
    rssMb: mb(process.memoryUsage().rss),
    firstQueriesMs: Math.round(queryMs),
    queryP95Ms: Math.round(percentile(again, 95)),
    firstUpsertsMs: saveMs,
    hits,
    digest: digest.digest('hex').slice(0, 16),
  }),
)
