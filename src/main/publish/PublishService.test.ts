import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DocNode } from '@shared/article/Article'
import type { PublishJob } from '@shared/publish/Publish'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { LibraryService } from '../library/LibraryService'
import { MemorySecretStore } from '../secrets/SecretStore'
import { PublishError } from './PublishError'
import { PublishService } from './PublishService'
import { RETRY_DELAYS_MS } from './retryDelay'
import { FakeTarget } from './testing/FakeTarget'
import { ManualClock } from './testing/ManualClock'
import { plainTextRenderer } from './testing/plainTextRenderer'

const doc = (text: string): DocNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

const site: SiteProfile = {
  id: 'news-site',
  name: 'Acme News',
  url: 'https://news.example.com/',
  categories: ['Industry Insights'],
  navigation: [],
  theme: { kind: 'builtin', id: 'newsroom' },
  target: {
    kind: 'webhook',
    url: 'https://hooks.example.com/',
    signatureHeader: 'X-Copydesk-Signature',
    images: 'inline',
    imageBaseUrl: '',
  },
}

const TOKEN = 'tok-3f9a-very-secret'

let root: string
let clock: ManualClock
let library: LibraryService
let target: FakeTarget
let secrets: MemorySecretStore
let service: PublishService
/** The site's public pages: every address answers with this page. */
let sitePage = { status: 200, body: '<article><p>Three new berths open in spring.</p></article>' }
let siteServer: Server
let siteUrl: string

beforeAll(async () => {
  siteServer = createServer((_req, res) => res.writeHead(sitePage.status).end(sitePage.body))
  await new Promise<void>((resolve) => siteServer.listen(0, '127.0.0.1', resolve))
  siteUrl = `http://127.0.0.1:${(siteServer.address() as AddressInfo).port}`
})
afterAll(() => {
  siteServer.closeAllConnections()
  siteServer.close()
})

/** The post's public address, answered by the test's site server instead of its domain. */
const toSiteServer = (): typeof fetch => (input, init) =>
  fetch(`${siteUrl}${new URL(String(input)).pathname}`, init)

async function openService(): Promise<PublishService> {
  const opened = new PublishService({
    library: () => library,
    sites: { get: (id) => (id === site.id ? site : null), list: () => [site] },
    secrets,
    targets: { webhook: target },
    renderer: plainTextRenderer,
    clock,
    userName: () => 'Ana',
    liveCheck: { fetchFor: toSiteServer },
  })
  await opened.start()
  return opened
}

async function draft(title = 'Harbour expansion'): Promise<string> {
  const { meta } = await library.create({ title })
  await library.save({ id: meta.id, doc: doc('Three new berths open in spring.') }, 'Ana')
  return meta.id
}

/** Lets the background attempt run to its end. */
async function settled(): Promise<void> {
  await service.idle()
}

async function job(articleId: string): Promise<PublishJob> {
  const [latest] = await service.jobs(articleId)
  if (!latest) throw new Error('no job')
  return latest
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-publish-'))
  clock = new ManualClock(Date.parse('2025-03-01T09:00:00.000Z'))
  library = await LibraryService.open({ root, now: () => clock.now(), indexWriteDelayMs: 10 })
  target = new FakeTarget()
  secrets = new MemorySecretStore()
  await secrets.set(`site:${site.id}:token`, TOKEN)
  sitePage = { status: 200, body: '<article><p>Three new berths open in spring.</p></article>' }
  service = await openService()
})

afterEach(async () => {
  await service.close()
  await library.close()
  await rm(root, { recursive: true, force: true })
})

describe('the live check', () => {
  it('says Live once the post address shows the text that was sent', async () => {
    const id = await draft()
    await service.publish(id, site.id)
    await settled()
    expect((await job(id)).state).toBe('done')
    await vi.waitFor(async () => expect((await job(id)).live?.state).toBe('live'))
    expect((await job(id)).live).toEqual({ state: 'live', tookMs: 0, lastSeen: null })
  })

  it('keeps looking with backoff, then says not live with what the address answered', async () => {
    sitePage = { status: 404, body: 'Not here' }
    const id = await draft()
    await service.publish(id, site.id)
    await settled()
    await vi.waitFor(async () =>
      expect((await job(id)).live?.lastSeen).toBe('There is no page at the address yet.'),
    )
    expect((await job(id)).state).toBe('done')
    expect(clock.pending()).toEqual([1_000])
    clock.advance(1_000)
    await vi.waitFor(() => expect(clock.pending()).toEqual([2_000]))
    clock.advance(10 * 60_000)
    await vi.waitFor(async () => expect((await job(id)).live?.state).toBe('not-live'))
    expect((await job(id)).live).toEqual({
      state: 'not-live',
      tookMs: 10 * 60_000 + 1_000,
      lastSeen: 'There is no page at the address yet.',
    })
    expect(clock.pending()).toEqual([])
  })

  it('stops on Cancel, leaving the publish done', async () => {
    sitePage = { status: 200, body: '<p>Yesterday’s version.</p>' }
    const id = await draft()
    const started = await service.publish(id, site.id)
    await settled()
    await vi.waitFor(async () => expect((await job(id)).live?.state).toBe('checking'))
    await vi.waitFor(() => expect(clock.pending()).toEqual([1_000]))
    expect((await job(id)).live?.lastSeen).toBe('The page is there, but not with the new text yet.')
    await service.cancel(started.id)
    await vi.waitFor(async () => expect((await job(id)).live?.state).toBe('stopped'))
    expect((await job(id)).state).toBe('done')
    expect(clock.pending()).toEqual([])
  })

  it('does not look after an unpublish', async () => {
    const id = await draft()
    await service.publish(id, site.id)
    await settled()
    await vi.waitFor(async () => expect((await job(id)).live?.state).toBe('live'))
    await service.unpublish(id, site.id, 'remove')
    await settled()
    expect((await job(id)).action).toBe('unpublish')
    expect((await job(id)).live).toBeNull()
  })
})

describe('publishing', () => {
  it('records the publication in the article, marks it published and snapshots what went out', async () => {
    const id = await draft()
    await service.publish(id, site.id)
    await settled()

    const done = await job(id)
    expect(done.state).toBe('done')
    expect(done.result?.url).toBe('https://news.example.com/harbour-expansion/')
    const article = await library.get(id)
    expect(article.publications?.[site.id]?.remoteId).toBe('1')
    expect(article.meta.status).toBe('published')
    expect(article.history.at(-1)).toMatchObject({ to: 'published', by: 'Ana' })
    expect((await library.revisionsList(id)).some((r) => r.reason === 'publish')).toBe(true)
  })

  it('refuses to start while a check fails, and shows no plan', async () => {
    const id = await draft('')
    await expect(service.publish(id, site.id)).rejects.toThrow('Give the article a title.')
    const { checks, plan } = await service.plan(id, site.id)
    expect(checks.map((c) => c.code)).toContain('missing-title')
    expect(plan).toBeNull()
    expect(target.attempts).toHaveLength(0)
  })

  it('warns about a category the site does not list and plans the change', async () => {
    const id = await draft()
    await library.save({ id, meta: { category: 'Gossip' } }, 'Ana')
    const { checks, plan } = await service.plan(id, site.id)
    expect(checks).toContainEqual(
      expect.objectContaining({ level: 'warning', code: 'unknown-category' }),
    )
    expect(plan?.changes[0]).toMatchObject({ action: 'create', target: 'Harbour expansion' })
  })

  it('republishing updates the post it made before', async () => {
    const id = await draft()
    await service.publish(id, site.id)
    await settled()
    await library.save({ id, meta: { title: 'Harbour expansion approved' } }, 'Ana')
    await service.publish(id, site.id)
    await settled()
    expect([...target.posts.keys()]).toEqual(['1'])
    expect(target.posts.get('1')?.title).toBe('Harbour expansion approved')
  })
})

describe('the build check', () => {
  it('keeps what the site’s build said with the job, and a new attempt starts without it', async () => {
    const failed = {
      state: 'failed' as const,
      generator: 'Hugo',
      tookMs: 812,
      message: `ERROR posts/launch.md: a description is required (token ${TOKEN})`,
      file: 'posts/launch.md',
      line: null,
    }
    target.builds.push(failed)
    target.failures.push(new PublishError('refused', 'The site does not build with this change.'))
    const id = await draft()
    await service.publish(id, site.id)
    await settled()
    const first = await job(id)
    expect(first.state).toBe('failed')
    expect(first.build).toEqual({
      ...failed,
      message: 'ERROR posts/launch.md: a description is required (token ••••)',
    })
    await service.retry(first.id)
    await settled()
    expect((await job(id)).build).toBeNull()
  })
})

describe('changed since publish', () => {
  const row = (id: string) => library.list({}).items.find((item) => item.id === id)

  it('an edit after publishing marks the article, shows the difference, and an update clears it', async () => {
    const id = await draft()
    await service.publish(id, site.id)
    await settled()
    expect(row(id)?.changedSincePublish).toBe(false)
    expect(await service.changes(id)).toEqual([])

    // A status change alone is not a change of what the site shows.
    await library.save({ id, meta: { status: 'published' } }, 'Ana')
    expect(row(id)?.changedSincePublish).toBe(false)

    const edited = await library.save({ id, doc: doc('Four new berths open in spring.') }, 'Ana')
    expect(edited.summary.changedSincePublish).toBe(true)
    const [change] = await service.changes(id)
    expect(change?.siteName).toBe('Acme News')
    expect(change?.before).toContain('Three new berths open in spring.')
    expect(change?.after).toContain('Four new berths open in spring.')

    await service.publish(id, site.id)
    await settled()
    expect(row(id)?.changedSincePublish).toBe(false)
    expect(await service.changes(id)).toEqual([])
  })
})

describe('changed since approval', () => {
  const row = (id: string) => library.list({}).items.find((item) => item.id === id)

  it('an edit after approval marks the article, keeps the approved version, and publishing asks', async () => {
    const id = await draft()
    await library.save({ id, meta: { status: 'in_review' } }, 'Rita')
    const approved = await library.save({ id, meta: { status: 'approved' } }, 'Rita')
    expect(approved.summary.changedSinceApproval).toBe(false)
    expect((await service.plan(id, site.id)).checks).not.toContainEqual(
      expect.objectContaining({ code: 'not-approved' }),
    )

    const edited = await library.save({ id, doc: doc('Four new berths open in spring.') }, 'Ana')
    expect(edited.summary.changedSinceApproval).toBe(true)
    expect(edited.meta.status).toBe('approved')
    expect(row(id)?.changedSinceApproval).toBe(true)
    expect((await library.get(id)).approval?.at).toBe(approved.meta.updatedAt)

    // The approved version is kept: the 'status' revision taken at the approval.
    const at = approved.history.at(-1)?.at
    const kept = (await library.revisionsList(id)).find(
      (r) => r.reason === 'status' && r.createdAt === at,
    )
    const revision = await library.revisionsGet(id, kept?.revId ?? '')
    expect(JSON.stringify(revision.doc)).toContain('Three new berths open in spring.')

    expect((await service.plan(id, site.id)).checks).toContainEqual(
      expect.objectContaining({ level: 'warning', code: 'not-approved' }),
    )

    // Back to review and approved again: the new text is what was approved.
    await library.save({ id, meta: { status: 'in_review' } }, 'Rita')
    const again = await library.save({ id, meta: { status: 'approved' } }, 'Rita')
    expect(again.summary.changedSinceApproval).toBe(false)
  })
})

describe('a site that is down', () => {
  it('the plan says so, Publish still queues the job, and it goes out once the site is back', async () => {
    const id = await draft()
    target.down = new PublishError('offline', 'Copydesk could not reach the site.')
    const planned = await service.plan(id, site.id)
    expect(planned.siteUnreachable).toBe(true)
    expect(planned.plan).toBeNull()
    expect(planned.checks).toContainEqual(
      expect.objectContaining({ level: 'warning', code: 'site-unreachable' }),
    )
    expect(planned.checks.some((c) => c.level === 'error')).toBe(false)

    await service.publish(id, site.id)
    await settled()
    expect((await job(id)).state).toBe('waiting')

    target.down = null
    clock.advance(RETRY_DELAYS_MS[0] ?? 0)
    await settled()
    expect((await job(id)).state).toBe('done')
    expect((await library.get(id)).meta.status).toBe('published')
    expect(target.posts.size).toBe(1)
  })
})

describe('the outbox', () => {
  it('waits with growing delays after passing failures, then publishes exactly once', async () => {
    const id = await draft()
    target.failures.push(
      new PublishError('offline', 'Copydesk could not reach the site.'),
      new PublishError('server', 'The site had a problem (error 502).'),
    )
    await service.publish(id, site.id)
    await settled()
    let waiting = await job(id)
    expect(waiting.state).toBe('waiting')
    expect(Date.parse(waiting.nextAttemptAt ?? '') - clock.now().getTime()).toBe(RETRY_DELAYS_MS[0])
    expect(waiting.message).toBe('Copydesk could not reach the site.')

    clock.advance(RETRY_DELAYS_MS[0] ?? 0)
    await settled()
    waiting = await job(id)
    expect(waiting.attempts).toBe(2)
    expect(clock.pending()).toEqual([RETRY_DELAYS_MS[1]])

    clock.advance(RETRY_DELAYS_MS[1] ?? 0)
    await settled()
    expect((await job(id)).state).toBe('done')
    // The first attempt created the post; the retries found it through the remembered record.
    expect(target.posts.size).toBe(1)
    expect(target.attempts.map((a) => a.record?.remoteId ?? null)).toEqual([null, '1', '1'])
    expect(new Set(target.attempts.map((a) => a.key)).size).toBe(1)
  })

  it('"Retry now" runs a waiting job at once', async () => {
    const id = await draft()
    target.failures.push(new PublishError('timeout', 'The site did not answer in time.'))
    const started = await service.publish(id, site.id)
    await settled()
    await service.retry(started.id)
    await settled()
    expect((await job(id)).state).toBe('done')
    expect(clock.pending()).toEqual([])
  })

  it('resumes waiting jobs after a restart, without a second post', async () => {
    const id = await draft()
    target.failures.push(new PublishError('offline', 'Offline.'))
    await service.publish(id, site.id)
    await settled()
    await service.close()
    await library.close()

    library = await LibraryService.open({ root, now: () => clock.now(), indexWriteDelayMs: 10 })
    service = await openService()
    expect((await job(id)).state).toBe('waiting')
    clock.advance(RETRY_DELAYS_MS[0] ?? 0)
    await settled()
    expect((await job(id)).state).toBe('done')
    expect(target.posts.size).toBe(1)
  })

  it('a cancelled waiting job is not tried again', async () => {
    const id = await draft()
    target.failures.push(new PublishError('offline', 'Offline.'))
    const started = await service.publish(id, site.id)
    await settled()
    expect((await service.cancel(started.id)).state).toBe('cancelled')
    clock.advance(60 * 60_000)
    await settled()
    expect(target.attempts).toHaveLength(1)
    expect((await library.get(id)).publications).toEqual({})
  })

  it('never runs two jobs for the same article and site at once', async () => {
    const id = await draft()
    let release = (): void => {}
    target.gate = new Promise((resolve) => (release = resolve))
    await service.publish(id, site.id)
    await expect(service.publish(id, site.id)).rejects.toThrow('right now')
    release()
    await settled()
    expect(target.attempts).toHaveLength(1)
  })

  it('cancels a running job', async () => {
    const id = await draft()
    target.gate = new Promise(() => undefined)
    const started = await service.publish(id, site.id)
    expect((await service.cancel(started.id)).state).toBe('cancelled')
    expect((await library.get(id)).meta.status).toBe('draft')
  })

  it('moves an unreadable outbox.json aside and starts empty', async () => {
    await service.close()
    await writeFile(join(root, 'outbox.json'), '{"schema": 1, "jobs": [{"id": 4')
    service = await openService()
    expect(await service.jobs()).toEqual([])
    expect((await readdir(root)).some((name) => name.startsWith('outbox.json.unreadable-'))).toBe(
      true,
    )
    expect(await service.outboxProblems()).toEqual([
      expect.objectContaining({ file: 'outbox.json', kind: 'damaged' }),
    ])
  })
})

describe('failures', () => {
  it('a conflict shows both versions; "Overwrite" publishes ours', async () => {
    const id = await draft()
    target.failures.push(
      new PublishError('conflict', 'Someone changed this post on the site.', {
        conflict: { ours: 'Our text', theirs: 'Their text' },
      }),
    )
    const started = await service.publish(id, site.id)
    await settled()
    const conflict = await job(id)
    expect(conflict.state).toBe('conflict')
    expect(conflict.conflict).toEqual({ ours: 'Our text', theirs: 'Their text' })

    await service.resolveConflict(started.id, 'overwrite')
    await settled()
    expect((await job(id)).state).toBe('done')
    expect(target.attempts.at(-1)?.overwrite).toBe(true)
  })

  it('a permanent failure leaves the article as it was and never shows a secret', async () => {
    const id = await draft()
    const before = await readFile(join(root, 'articles', id, 'article.json'), 'utf8')
    target.failures.push(new PublishError('auth', `The site refused the token ${TOKEN}.`))
    await service.publish(id, site.id)
    await settled()

    const failed = await job(id)
    expect(failed.state).toBe('failed')
    expect(failed.message).toBe('The site refused the token ••••.')
    expect(JSON.stringify(await service.jobs())).not.toContain(TOKEN)
    const jobFile = join(root, 'outbox', `${failed.id}.json`)
    expect(await readFile(jobFile, 'utf8')).not.toContain(TOKEN)
    expect(await readFile(join(root, 'articles', id, 'article.json'), 'utf8')).toBe(before)
  })

  it('scrubs secrets from a connection test too', async () => {
    const report = await service.testConnection(site.id)
    expect(report.message).not.toContain(TOKEN)
  })
})

describe('unpublishing', () => {
  it('takes the post down and moves the article back to approved', async () => {
    const id = await draft()
    await service.publish(id, site.id)
    await settled()
    await service.unpublish(id, site.id, 'remove')
    await settled()
    expect(target.posts.size).toBe(0)
    const article = await library.get(id)
    expect(article.publications?.[site.id]?.state).toBe('removed')
    expect(article.meta.status).toBe('approved')
  })
})
