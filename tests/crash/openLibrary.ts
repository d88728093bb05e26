// Child process of disk.test.ts: opens a library (as another user), prints what it shows.
// Usage: node openLibrary.mjs <library>
import { writeSync } from 'node:fs'
import { LibraryService } from '../../src/main/library/LibraryService'

const [root] = process.argv.slice(2)
if (!root) throw new Error('usage: openLibrary <library>')

const library = await LibraryService.open({ root })
const info = library.info()
const titles = library.list({}).items.map((s) => s.title)
writeSync(
  1,
  `${JSON.stringify({ readOnly: info.readOnly, quarantine: info.quarantine, titles })}\n`,
)
await library.close()
