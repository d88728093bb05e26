import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { BenchRow } from './BenchRow'
import { runGitPublishBench } from './gitPublish'
import { runLibraryBench } from './library'
import { runPreviewRenderBench } from './previewRender'
import { runTypingBench } from './typing'
import { runWordPressBench } from './wordpressPublish'

const only = process.argv.slice(2)
const suites: Record<string, () => Promise<BenchRow[]>> = {
  library: () => runLibraryBench(),
  typing: () => runTypingBench(),
  previewRender: () => runPreviewRenderBench(),
  gitPublish: () => runGitPublishBench(),
  wordpress: () => runWordPressBench(),
}

const rows: BenchRow[] = []
for (const [name, run] of Object.entries(suites)) {
  if (only.length > 0 && !only.includes(name)) continue
  console.log(`running ${name}…`)
  rows.push(...(await run()))
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2))
console.table(
  rows.map((r) => ({
    measure: r.name,
    value: `${fmt(r.value)} ${r.unit}`,
    target: r.target ?? '',
    ok: r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
  })),
)
const dir = resolve(import.meta.dirname, 'results')
mkdirSync(dir, { recursive: true })
const file = join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
const json = JSON.stringify({ at: new Date().toISOString(), rows }, null, 2)
writeFileSync(file, json)
console.log(json)
console.log(`written to ${file}`)
