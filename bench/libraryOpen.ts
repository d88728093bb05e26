// Child process of library.ts: opens a library cold and reports, as one JSON line, how long
// open() and the first list page took, when full-text search became ready, and the longest
// stall of the event loop while it loaded.
// Usage: node --import tsx bench/libraryOpen.ts <library>
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { LibraryService } from '../src/main/library/LibraryService'

const root = process.argv[2]
if (!root) throw new Error('usage: libraryOpen <library>')

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
console.log(
  JSON.stringify({
    openMs: opened - start,
    firstPageMs: listed - start,
    searchReadyMs: searchReady - start,
    longestStallMs: stalls.max / 1e6,
    items: page.items.length,
    total: page.total,
  }),
)
// Closing cleanly keeps the next cold open on the fast path, as after a normal quit.
await library.close()
