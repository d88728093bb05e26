import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TeamChannel } from '../src/main/ipc/channels/TeamChannel'
import { startHarness } from '../tests/harness/startHarness'
import { startTeamServerProcess } from '../tests/peers/startTeamServerProcess'
import { inviteAs, openArticle, redeemInvite } from '../tests/peers/teamClient'
import { freePort } from '../tests/peers/wordpress'
import type { BenchRow } from './BenchRow'
import { newsDoc } from './newsDoc'
import { percentile } from './percentile'
import { typingLatency } from './typingLatency'

/**
 * Typing latency with collaboration off and on, in one run: the same article text as a local
 * article and as a team article (TipTap Collaboration on its Y.Doc, the relay to main, a real
 * team server and a second member following the article), interleaved.
 */
export async function runTeamTypingBench(
  words = 5_000,
  rounds = 2,
  keys = 200,
): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'copydesk-bench-team-typing-'))
  const server = await startTeamServerProcess(await freePort(), { COPYDESK_SERVER_DATA: dataDir })
  const harness = await startHarness({ headless: true, viewport: { width: 1280, height: 800 } })
  try {
    const admin = await redeemInvite(server.httpUrl, server.firstInvite ?? '', 'Admin')
    const invite = await inviteAs(server.httpUrl, admin, 'writer')
    await harness.services.team().connect({ address: server.url, invite, name: 'Bench' })
    const { library } = harness.services
    const make = async (title: string) => {
      const article = await library.create({ title })
      await library.save({ id: article.meta.id, doc: newsDoc(words) }, 'bench')
      return article.meta.id
    }
    const localId = await make(`Local, ${words} words`)
    const teamId = await make(`Team, ${words} words`)
    await new TeamChannel(harness.services).moveIn({ id: teamId })
    const follower = openArticle(server.url, admin, teamId)
    await follower.synced
    const samples = { off: [] as number[], on: [] as number[] }
    try {
      for (let round = 0; round < rounds; round++) {
        for (const kind of ['off', 'on'] as const) {
          await harness.reload()
          const { page } = harness
          await page.click(`[data-testid=library-place-${kind === 'on' ? 'team' : 'local'}]`)
          const id = kind === 'on' ? teamId : localId
          await page.click(`[data-testid=article-row][data-id="${id}"]`)
          if (kind === 'on') await page.waitForSelector('[data-testid=team-bar]')
          samples[kind].push(...(await typingLatency(page, keys)))
        }
      }
    } finally {
      follower.destroy()
    }
    const p = (kind: 'off' | 'on', q: number) => percentile(samples[kind], q)
    const label = `typing ${words / 1000}k words`
    return [
      { name: `${label}, collaboration off: p50`, value: p('off', 50), unit: 'ms' },
      { name: `${label}, collaboration off: p95`, value: p('off', 95), unit: 'ms' },
      { name: `${label}, collaboration on: p50`, value: p('on', 50), unit: 'ms' },
      { name: `${label}, collaboration on: p95`, value: p('on', 95), unit: 'ms' },
      { name: `${label}: p95 ratio on / off`, value: p('on', 95) / p('off', 95), unit: '×' },
      { name: `${label}: p50 ratio on / off`, value: p('on', 50) / p('off', 50), unit: '×' },
    ]
  } finally {
    await harness.close()
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
