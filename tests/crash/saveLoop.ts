// Child process of saveCrash.test.ts: saves one article in a tight loop until it is killed.
// Usage: node --import tsx tests/crash/saveLoop.ts <library> <articleId> <first n>
import { writeSync } from 'node:fs'
import { LibraryService } from '../../src/main/library/LibraryService'
import { crashDoc } from './crashDoc'

const [root, id, first] = process.argv.slice(2)
if (!root || !id || !first) throw new Error('usage: saveLoop <library> <articleId> <first n>')

const library = await LibraryService.open({ root })
writeSync(1, 'READY\n')
for (let n = Number(first); ; n++) {
  await library.save({ id, doc: crashDoc(n), meta: { title: `Save ${n}` } }, 'crash test')
  // Written synchronously: the parent must never miss an acknowledgement before the kill.
  writeSync(1, `ACK ${n}\n`)
}
