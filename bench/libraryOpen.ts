// Child process of library.ts: opens a library cold and reports, as one JSON line, how long
// open() and the first list page took, when full-text search became ready, the longest stall
// of the event loop while it loaded, and the peak memory of the whole run.
// Usage: node --import tsx bench/libraryOpen.ts <library>
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { LibraryService } from '../src/main/library/LibraryService'

const root = process.argv[2]
if (!root) throw new Error('usage: libraryOpen <library>')

// Heap peaks are sampled (a stalled loop samples late); the RSS peak is the kernel's own.
let peakHeapUsed = 0
const sample = (): void => {
  peakHeapUsed = Math.max(peakHeapUsed, process.memoryUsage().heapUsed)
}
const sampler = setInterval(sample, 20)

const start = performance.now()
const library = await LibraryService.open({ root })
const opened = performance.now()
const page = library.list({ limit: 50 })
const listed = performance.now()
// How long the app could not answer anything while search loaded in the background.
const stalls = monitorEventLoopDelay({ resolution: 5 })
stalls.enable()
await library.whenSearchReady()
stalls.disable()
const searchReady = performance.now()
sample()
clearInterval(sampler)
const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024)
console.log(
  JSON.stringify({
    openMs: opened - start,
    firstPageMs: listed - start,
    searchReadyMs: searchReady - start,
    longestStallMs: stalls.max / 1e6,
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    peakHeapMb: mb(peakHeapUsed),
    items: page.items.length,
    total: page.total,
  }),
)
// Closing cleanly keeps the next cold open on the fast path, as after a normal quit.
await library.close()
