// Child process of syncWriters.test.ts: a sync tool that answers every change to article.json
// it did not make itself with a version of its own, renamed over it a moment (0–4 ms) later.
// Its version is the file it read plus a paragraph `Sync <k>`, so every earlier version's
// paragraphs live on in the next one unless a writer in between dropped them. Prints
// `PUT <k>` after each of its versions is in place. Usage:
// node syncAnswerLoop.mjs <article.json> <milliseconds to run>
import { readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs'
import { dirname, join } from 'node:path'

interface Node {
  type: string
  text?: string
  content?: Node[]
}
interface File {
  meta: { title: string }
  doc: Node
}

const [given, durationText] = process.argv.slice(2)
if (!given || !durationText) throw new Error('usage: syncAnswerLoop <article.json> <ms>')
const path = given

const until = Date.now() + Number(durationText)
const temp = join(dirname(path), '.sync-download')
let mine = ''

/** The file when someone else changed it since this tool's last version, or null. */
function changedVersion(): File | null {
  try {
    const text = readFileSync(path, 'utf8')
    return text === mine ? null : (JSON.parse(text) as File)
  } catch {
    // Missing for an instant while a save swaps it, or half-seen: look again.
    return null
  }
}

let k = 0
while (Date.now() < until) {
  const file = changedVersion()
  if (!file) {
    await new Promise((resolve) => setTimeout(resolve, 1))
    continue
  }
  // Lands anywhere in Copydesk's next write, its last instant included.
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 4))
  const title = `Sync ${k}`
  const paragraph = { type: 'paragraph', content: [{ type: 'text', text: title }] }
  const doc = { ...file.doc, content: [...(file.doc.content ?? []), paragraph] }
  mine = JSON.stringify({ ...file, meta: { ...file.meta, title }, doc })
  writeFileSync(temp, mine)
  renameSync(temp, path)
  writeSync(1, `PUT ${k++}\n`)
}
