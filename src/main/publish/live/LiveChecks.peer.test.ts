import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Article } from '@shared/article/Article'
import type { LiveCheck, PublicationRecord } from '@shared/publish/Publish'
import { SiteProfileSchema } from '@shared/sites/SiteProfile'
import { articleDoc, makeArticle, publishContext } from '../../../../tests/fixtures/publishContext'
import {
  checkout,
  seedRepo,
  startGitServer,
  type GitServer,
} from '../../../../tests/peers/gitServer'
import { gitSite, newsArticle } from '../../../../tests/peers/gitSite'
import { buildHugo, HUGO_SITE } from '../../../../tests/peers/ssg'
import { startStaticSite, type StaticSite } from '../../../../tests/peers/staticSite'
import { startWordPress } from '../../../../tests/peers/wordpress'
import { systemClock } from '../Clock'
import { GitTarget } from '../git/GitTarget'
import { WordPressTarget } from '../wordpress/WordPressTarget'
import { liveMarker } from './liveMarker'
import { LiveChecks } from './LiveChecks'

const TOKEN = 'live-token-7c21'
const NOW = new Date('2026-06-01T12:00:00Z')
const FAST = { firstDelayMs: 50, maxDelayMs: 200 }

let git: GitServer
let served: string
let site: StaticSite
const cleanup: string[] = []

beforeAll(async () => {
  git = await startGitServer([{ username: 'editor', password: TOKEN }])
  served = mkdtempSync(join(tmpdir(), 'copydesk-served-'))
  cleanup.push(served)
  site = await startStaticSite(served)
})
afterAll(async () => {
  await site?.close()
  await git?.close()
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true })
})

/** Runs one check and keeps every state it went through. */
async function watch(
  checks: LiveChecks,
  url: string,
  article: Pick<Article, 'meta' | 'doc'>,
  meanwhile: () => void = () => undefined,
): Promise<LiveCheck[]> {
  const seen: LiveCheck[] = []
  const done = checks.start('job-1', {
    url,
    marker: liveMarker(article),
    update: (l) => seen.push(l),
  })
  meanwhile()
  await done
  return seen
}

/** Publishes to the Hugo repository and builds what it now holds. */
async function publishAndBuild(
  target: GitTarget,
  bare: string,
  article: Article,
  earlier: PublicationRecord | null = null,
) {
  const record = await target.publish(
    publishContext({
      site: gitSite(git.url('live.git'), 'hugo'),
      article,
      record: earlier,
      secrets: { token: TOKEN },
    }),
  )
  const work = checkout(bare)
  const out = buildHugo(work)
  cleanup.push(work, out)
  return { record, out }
}

describe('the live check against a built Hugo site', { timeout: 60_000 }, () => {
  test('sees the 404, then the old page, and says Live once each new build is served', async () => {
    const bare = seedRepo(git, 'live.git', HUGO_SITE)
    const cacheDir = mkdtempSync(join(tmpdir(), 'copydesk-git-cache-'))
    cleanup.push(cacheDir)
    const target = new GitTarget({ cacheDir, now: () => NOW })
    const fields = {
      title: 'Terminal opens',
      slug: 'terminal-opens',
      publishDate: '2026-05-04T08:00:00Z',
    }
    const first = newsArticle(fields, [], 'The harbour opened its new terminal this morning.')
    const v1 = await publishAndBuild(target, bare, first)
    expect(v1.record.url).toMatch(/terminal-opens/)
    const url = site.here(v1.record.url ?? '')
    const checks = new LiveChecks(systemClock, { ...FAST, boundMs: 20_000 })

    // Nothing is served yet; the build arrives a moment after the check starts.
    let states = await watch(checks, url, first, () => {
      setTimeout(() => cpSync(v1.out, served, { recursive: true }), 400)
    })
    expect(states.some((s) => s.lastSeen === 'There is no page at the address yet.')).toBe(true)
    const live = states.at(-1)
    expect(live?.state).toBe('live')
    expect(live?.tookMs).toBeGreaterThanOrEqual(300)

    // An edit: the old page stays until the new build is copied in.
    const edited = newsArticle(
      fields,
      [],
      'Cranes arrived overnight, and the first ship docks at noon.',
    )
    const v2 = await publishAndBuild(target, bare, edited, v1.record)
    expect(v2.record.url).toBe(v1.record.url)
    states = await watch(checks, url, edited, () => {
      setTimeout(() => cpSync(v2.out, served, { recursive: true }), 400)
    })
    expect(states.map((s) => s.lastSeen)).toContain(
      'The page is there, but not with the new text yet.',
    )
    expect(states.at(-1)?.state).toBe('live')
  })

  test('says not live within its bound, with what the address answered', async () => {
    const checks = new LiveChecks(systemClock, { ...FAST, boundMs: 500 })
    const article = newsArticle(
      { title: 'Never built' },
      [],
      'This text was never built into the site.',
    )
    const states = await watch(checks, new URL('posts/never-built/', site.url).toString(), article)
    const last = states.at(-1)
    expect(last?.state).toBe('not-live')
    expect(last?.lastSeen).toBe('There is no page at the address yet.')
    expect(last?.tookMs).toBeGreaterThanOrEqual(500)
    expect(last?.tookMs).toBeLessThan(5_000)
  })

  test('stops when asked, and says so', async () => {
    const checks = new LiveChecks(systemClock, { ...FAST, boundMs: 60_000 })
    const article = newsArticle({ title: 'Stopped' }, [], 'Nobody waits for this one to be built.')
    const states = await watch(
      checks,
      new URL('posts/stopped/', site.url).toString(),
      article,
      () => setTimeout(() => checks.stop('job-1'), 300),
    )
    expect(states.at(-1)?.state).toBe('stopped')
    expect(checks.has('job-1')).toBe(false)
  })
})

describe('the live check against WordPress', { timeout: 120_000 }, () => {
  test('finds the published post text at the recorded URL', async () => {
    const wp = await startWordPress()
    try {
      const article = makeArticle(
        { id: 'art-live01', title: 'Quay reopens', slug: 'quay-reopens' },
        articleDoc(['The old quay reopened to fishing boats after a winter of repairs.'], []),
      )
      const record = await new WordPressTarget({ timeoutMs: 10_000 }).publish(
        publishContext({
          article,
          site: SiteProfileSchema.parse({
            id: 'test-wp',
            name: 'Test site',
            url: wp.url,
            target: { kind: 'wordpress', siteUrl: wp.url, username: 'admin' },
          }),
          secrets: { appPassword: wp.admin.appPassword },
        }),
      )
      expect(record.url).toBeTruthy()
      const checks = new LiveChecks(systemClock, { ...FAST, boundMs: 20_000 })
      const states = await watch(checks, record.url ?? '', article)
      expect(states.at(-1)).toMatchObject({ state: 'live', lastSeen: null })

      // The same address does not pass for text it does not carry.
      const other = {
        meta: article.meta,
        doc: articleDoc(['A paragraph that was never sent.'], []),
      }
      const short = new LiveChecks(systemClock, { ...FAST, boundMs: 300 })
      const missed = await watch(short, record.url ?? '', other)
      expect(missed.at(-1)).toMatchObject({
        state: 'not-live',
        lastSeen: 'The page is there, but not with the new text yet.',
      })
    } finally {
      await wp.stop()
    }
  })
})
