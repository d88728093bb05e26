import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { SiteProfile } from '../src/shared/sites/SiteProfile'
import { LibraryService } from '../src/main/library/LibraryService'
import { MemorySecretStore } from '../src/main/secrets/SecretStore'
import { PublishError } from '../src/main/publish/PublishError'
import { PublishService } from '../src/main/publish/PublishService'
import type { PublishTarget } from '../src/main/publish/PublishTarget'
import { RETRY_DELAYS_MS } from '../src/main/publish/retryDelay'
import { ManualClock } from '../src/main/publish/testing/ManualClock'
import { plainTextRenderer } from '../src/main/publish/testing/plainTextRenderer'
import { printTable, type BenchRow } from './BenchRow'
import { newsDoc } from './newsDoc'
import { percentile } from './percentile'

const ARTICLES = 10
const SITES = 100
const SAVES = 20

/** A site that is never reachable: every attempt fails for a passing reason. */
const offline: PublishTarget = {
  testConnection: async () => ({ ok: false, message: 'offline' }),
  terms: async () => null,
  check: async () => [],
  plan: async () => ({ summary: '', changes: [] }),
  publish: async () => {
    throw new PublishError('offline', 'Copydesk could not reach the site.')
  },
  unpublish: async () => {
    throw new PublishError('offline', 'Copydesk could not reach the site.')
  },
}

function site(n: number): SiteProfile {
  return {
    id: `site-${n}`,
    name: `Site ${n}`,
    url: `https://site-${n}.example.com/`,
    categories: [],
    navigation: [],
    theme: { kind: 'builtin', id: 'newsroom' },
    target: {
      kind: 'webhook',
      url: `https://hooks.example.com/${n}`,
      signatureHeader: 'X-Copydesk-Signature',
      images: 'inline',
      imageBaseUrl: '',
    },
  }
}

/** Bytes and write calls this process has made so far (Linux). */
function processWrites(): { bytes: number; calls: number } {
  const io = readFileSync('/proc/self/io', 'utf8')
  const field = (name: string) => Number(new RegExp(`${name}: (\\d+)`).exec(io)?.[1] ?? 0)
  return { bytes: field('wchar'), calls: field('syscw') }
}

/**
 * 1,000 publish jobs (10 articles × 100 sites) wait for a site that stays offline; one retry
 * round runs all of them while an article is saved again and again. Measures what the round
 * writes and how long each save waits.
 */
export async function runOutboxRetryBench(): Promise<BenchRow[]> {
  const root = await mkdtemp(join(tmpdir(), 'copydesk-bench-outbox-'))
  const clock = new ManualClock(Date.parse('2025-03-01T09:00:00.000Z'))
  const library = await LibraryService.open({ root, now: () => clock.now() })
  const sites = Array.from({ length: SITES }, (_, n) => site(n))
  const service = new PublishService({
    library: () => library,
    sites: { get: (id) => sites.find((s) => s.id === id) ?? null, list: () => sites },
    secrets: new MemorySecretStore(),
    targets: { webhook: offline },
    renderer: plainTextRenderer,
    clock,
  })
  await service.start()
  const ids: string[] = []
  for (let a = 0; a < ARTICLES; a++) {
    const { meta } = await library.create({ title: `Harbour news ${a}` })
    await library.save({ id: meta.id, doc: newsDoc(30) }, 'Ana')
    ids.push(meta.id)
  }
  for (const id of ids) for (const s of sites) await service.publish(id, s.id)
  await service.idle()

  const before = processWrites()
  const started = performance.now()
  clock.advance(RETRY_DELAYS_MS[0] ?? 0)
  const round = service.idle()
  const saves: number[] = []
  const [first] = ids
  for (let i = 0; i < SAVES; i++) {
    const t = performance.now()
    await library.save({ id: first ?? '', meta: { title: `Harbour news, take ${i}` } }, 'Ana')
    saves.push(performance.now() - t)
  }
  await round
  const roundMs = performance.now() - started
  const after = processWrites()
  const jobs = await service.jobs()
  await service.close()
  await library.close()
  await rm(root, { recursive: true, force: true })

  const retried = jobs.filter((j) => j.attempts === 2).length
  return [
    { name: 'outbox: jobs retried in one round', value: retried, unit: 'jobs' },
    { name: 'outbox: retry round of 1,000 jobs', value: Math.round(roundMs), unit: 'ms' },
    {
      name: 'outbox: bytes written in the round',
      value: Math.round((after.bytes - before.bytes) / 1024),
      unit: 'KiB',
      target: '< 4096 KiB',
      pass: after.bytes - before.bytes < 4 * 1024 * 1024,
    },
    { name: 'outbox: write calls in the round', value: after.calls - before.calls, unit: 'calls' },
    {
      name: 'outbox: article save during the round, p50',
      value: Math.round(percentile(saves, 50)),
      unit: 'ms',
    },
    {
      name: 'outbox: article save during the round, max',
      value: Math.round(Math.max(...saves)),
      unit: 'ms',
      target: '< 500 ms',
      pass: Math.max(...saves) < 500,
    },
  ]
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printTable(await runOutboxRetryBench())
}
