import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { printTable, type BenchRow } from './BenchRow'
import { runGitPublishBench } from './gitPublish'
import { runHugeSaveBench } from './hugeSave'
import { runLibraryBench } from './library'
import { runOutboxRetryBench } from './outboxRetry'
import { runPasteBombsBench, WITHIN_LIMITS } from './pasteBombs'
import { runPreviewBench } from './preview'
import { runPreviewRenderBench } from './previewRender'
import { runTeamBench, runTeamJoinBench } from './team'
import { runTeamTypingBench } from './teamTyping'
import { runTypingBench } from './typing'
import { runWordPressBench } from './wordpressPublish'
import { runWxrImportBench } from './wxrImport'

const only = process.argv.slice(2)
const suites: Record<string, () => Promise<BenchRow[]>> = {
  library: () => runLibraryBench(),
  library50k: () => runLibraryBench(50_000),
  hugeSave: () => runHugeSaveBench(),
  typing: () => runTypingBench(),
  previewRender: () => runPreviewRenderBench(),
  preview: () => runPreviewBench(),
  gitPublish: () => runGitPublishBench(),
  wordpress: () => runWordPressBench(),
  wxrImport: () => runWxrImportBench(),
  team: () => runTeamBench(),
  teamJoin: () => runTeamJoinBench(),
  teamTyping: () => runTeamTypingBench(),
  outbox: () => runOutboxRetryBench(),
  pasteBombs: () => runPasteBombsBench(),
  pasteWithinLimits: () => runPasteBombsBench(WITHIN_LIMITS, 3),
}

/** Parts of a larger suite, run only when named (the larger suite measures them too). */
const ONLY_WHEN_NAMED = new Set(['teamJoin'])

const rows: BenchRow[] = []
for (const [name, run] of Object.entries(suites)) {
  if (only.length > 0 ? !only.includes(name) : ONLY_WHEN_NAMED.has(name)) continue
  console.log(`running ${name}…`)
  rows.push(...(await run()))
}

printTable(rows)
const dir = resolve(import.meta.dirname, 'results')
mkdirSync(dir, { recursive: true })
const file = join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
const json = JSON.stringify({ at: new Date().toISOString(), rows }, null, 2)
writeFileSync(file, json)
console.log(json)
console.log(`written to ${file}`)
