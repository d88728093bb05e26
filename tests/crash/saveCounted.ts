// Child process of twoInstances.test.ts: opens a library, saves one article `count` times and
// reports each outcome. Usage: node saveCounted.mjs <library> <articleId> <count> <label>
import { writeSync } from 'node:fs'
import { LibraryService } from '../../src/main/library/LibraryService'
import { crashDoc } from './crashDoc'

const [root, id, countText, label] = process.argv.slice(2)
if (!root || !id || !countText || !label) {
  throw new Error('usage: saveCounted <library> <articleId> <count> <label>')
}

const library = await LibraryService.open({ root })
writeSync(1, `OPEN ${library.readOnly === null ? 'writable' : 'read-only'}\n`)
for (let n = 1; n <= Number(countText); n++) {
  try {
    await library.save({ id, doc: crashDoc(n), meta: { title: `${label} ${n}` } }, label)
    writeSync(1, `ACK ${n}\n`)
  } catch (error) {
    writeSync(1, `FAIL ${n} ${(error as Error).message.replace(/\n/g, ' ')}\n`)
  }
}
await library.close()
writeSync(1, 'DONE\n')
