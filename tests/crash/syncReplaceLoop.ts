// Child process of syncTool.test.ts: a sync tool that answers every change Copydesk makes to
// article.json with a version of its own, renamed over it a moment (0–4 ms) after it sees it.
// Prints `PUT <k>` after each of its versions is in place. Usage:
// node syncReplaceLoop.mjs <article.json> <milliseconds to run>
import { readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs'
import { dirname, join } from 'node:path'

const [given, durationText] = process.argv.slice(2)
if (!given || !durationText) throw new Error('usage: syncReplaceLoop <article.json> <ms>')
const path = given

const until = Date.now() + Number(durationText)
const temp = join(dirname(path), '.sync-download')

/** The file's text when it is Copydesk's version, or null (missing, ours, or half-seen). */
function copydeskVersion(): Record<string, { title?: string }> | null {
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { title?: string }>
    return file.meta?.title?.startsWith('Sync ') ? null : file
  } catch {
    return null
  }
}

let k = 0
while (Date.now() < until) {
  const file = copydeskVersion()
  if (!file) {
    await new Promise((resolve) => setTimeout(resolve, 1))
    continue
  }
  // Lands anywhere in Copydesk's next save, its last instant included.
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 4))
  const title = `Sync ${k}`
  const doc = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: title }] }],
  }
  writeFileSync(temp, JSON.stringify({ ...file, meta: { ...file.meta, title }, doc }))
  renameSync(temp, path)
  writeSync(1, `PUT ${k++}\n`)
}
