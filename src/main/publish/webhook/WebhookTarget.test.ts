import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PublishJob } from '@shared/publish/Publish'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { makePng } from '../../../../tests/fixtures/makePng'
import {
  startWebhookReceiver,
  type ReceiverAnswer,
  type WebhookReceiver,
} from '../../../../tests/peers/startWebhookReceiver'
import { LibraryService } from '../../library/LibraryService'
import { MemorySecretStore } from '../../secrets/SecretStore'
import { PublishService } from '../PublishService'
import { RETRY_DELAYS_MS } from '../retryDelay'
import { ManualClock } from '../testing/ManualClock'
import { plainTextRenderer } from '../testing/plainTextRenderer'
import { WebhookTarget } from './WebhookTarget'

const SECRET = 'whsec-5b1c-9e0f-a7d2'

let root: string
let clock: ManualClock
let library: LibraryService
let receiver: WebhookReceiver
let service: PublishService
let site: SiteProfile
let secrets: MemorySecretStore

async function setUp(answer?: (n: number) => ReceiverAnswer, secret = SECRET): Promise<void> {
  receiver = await startWebhookReceiver({ secret: SECRET, answer })
  site = {
    id: 'custom-site',
    name: 'Custom site',
    url: 'https://site.example.com/',
    categories: [],
    navigation: [],
    theme: { kind: 'builtin', id: 'newsroom' },
    target: {
      kind: 'webhook',
      url: receiver.url,
      signatureHeader: 'X-Copydesk-Signature',
      images: 'inline',
      imageBaseUrl: '',
    },
  }
  await secrets.set(`site:${site.id}:hmacSecret`, secret)
  service = new PublishService({
    library: () => library,
    sites: { get: (id) => (id === site.id ? site : null), list: () => [site] },
    secrets,
    targets: { webhook: new WebhookTarget({ timeoutMs: 500, now: () => clock.now() }) },
    renderer: plainTextRenderer,
    clock,
  })
  await service.start()
}

async function articleWithImage(): Promise<string> {
  const { meta } = await library.create({ title: 'Harbour expansion' })
  const image = await library.importAsset({
    articleId: meta.id,
    fileName: 'berth.png',
    mimeType: 'image/png',
    bytes: makePng(8, 6),
  })
  await library.save(
    {
      id: meta.id,
      doc: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Three new berths open.' }] },
          { type: 'image', attrs: { src: image.src, alt: 'The new berth' } },
        ],
      },
      meta: { tags: ['port'], category: 'News' },
    },
    'Ana',
  )
  return meta.id
}

async function publishAndSettle(id: string): Promise<PublishJob> {
  await service.publish(id, site.id)
  await service.idle()
  const [job] = await service.jobs(id)
  if (!job) throw new Error('no job')
  return job
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-webhook-'))
  clock = new ManualClock(Date.parse('2025-03-01T09:00:00.000Z'))
  library = await LibraryService.open({ root, now: () => clock.now(), indexWriteDelayMs: 10 })
  secrets = new MemorySecretStore()
})

afterEach(async () => {
  await service.close()
  await receiver.stop()
  await library.close()
  await rm(root, { recursive: true, force: true })
})

describe('webhook publishing', () => {
  it('delivers a signed JSON body with meta, HTML, Markdown and inline images', async () => {
    await setUp()
    const id = await articleWithImage()
    const job = await publishAndSettle(id)

    expect(job.state).toBe('done')
    expect(receiver.deliveries).toHaveLength(1)
    const [delivery] = receiver.deliveries
    expect(delivery?.signatureValid).toBe(true)
    expect(delivery?.headers['x-copydesk-timestamp']).toBe(String(clock.now().getTime() / 1000))
    expect(delivery?.headers['idempotency-key']).toBe(delivery?.body.publishToken)
    expect(delivery?.body).toMatchObject({
      event: 'publish',
      article: { title: 'Harbour expansion', slug: 'harbour-expansion', tags: ['port'] },
      images: [{ mimeType: 'image/png', alt: 'The new berth' }],
    })
    expect(String(delivery?.body.html)).toContain('src="data:image/png;base64,')
    expect(delivery?.rawBody).not.toContain(SECRET)
    const record = (await library.get(id)).publications?.[site.id]
    expect(record).toMatchObject({ remoteId: '100', url: 'https://site.example.com/posts/100' })
  })

  it('retries through the outbox after two server errors: one accepted delivery', async () => {
    await setUp((n) => (n < 2 ? 500 : 'accept'))
    const id = await articleWithImage()
    const first = await publishAndSettle(id)
    expect(first.state).toBe('waiting')
    expect(first.message).toContain('error 500')

    clock.advance(RETRY_DELAYS_MS[0] ?? 0)
    await service.idle()
    clock.advance(RETRY_DELAYS_MS[1] ?? 0)
    await service.idle()

    const [done] = await service.jobs(id)
    expect(done?.state).toBe('done')
    expect(receiver.deliveries).toHaveLength(3)
    expect(new Set(receiver.deliveries.map((d) => d.body.publishToken)).size).toBe(1)
    expect([...receiver.posts.keys()]).toEqual(['100'])
    expect((await library.get(id)).publications?.[site.id]?.remoteId).toBe('100')
  })

  it('republishing sends the id the receiver gave, so it updates the same post', async () => {
    await setUp()
    const id = await articleWithImage()
    await publishAndSettle(id)
    await library.save({ id, meta: { title: 'Harbour expansion approved' } }, 'Ana')
    await publishAndSettle(id)
    expect(receiver.deliveries.at(-1)?.body.article).toMatchObject({ remoteId: '100' })
    expect([...receiver.posts.values()].map((p) => p.title)).toEqual(['Harbour expansion approved'])
  })

  it('a receiver that stalls past the time limit sends the job to the outbox', async () => {
    await setUp(() => 'stall')
    const job = await publishAndSettle(await articleWithImage())
    expect(job.state).toBe('waiting')
    expect(job.message).toBe('The webhook did not answer in time; Copydesk will try again.')
  })

  it('a dropped connection is retried later', async () => {
    await setUp(() => 'reset')
    const job = await publishAndSettle(await articleWithImage())
    expect(job.state).toBe('waiting')
    expect(job.message).toBe('The connection to the webhook broke off; Copydesk will try again.')
  })

  it('a wrong signing secret fails with a plain message and no retry', async () => {
    await setUp(undefined, 'not-the-receivers-secret')
    const job = await publishAndSettle(await articleWithImage())
    expect(job.state).toBe('failed')
    expect(job.message).toContain('did not accept the saved password or key')
    expect(job.message).not.toContain('not-the-receivers-secret')
  })

  it.each([
    [413, 'too large'],
    [404, 'has nothing at that address'],
    [403, 'not allowed'],
  ])('answers %i get a plain message', async (status, words) => {
    await setUp(() => status)
    const job = await publishAndSettle(await articleWithImage())
    expect(job.state).toBe('failed')
    expect(job.message).toContain(words)
  })

  it('a web page where JSON was expected is explained', async () => {
    await setUp(() => 'html')
    const job = await publishAndSettle(await articleWithImage())
    expect(job.state).toBe('failed')
    expect(job.message).toContain('answered with a web page instead of data')
  })

  it('unpublishes with the post id and records the removal', async () => {
    await setUp()
    const id = await articleWithImage()
    await publishAndSettle(id)
    await service.unpublish(id, site.id, 'remove')
    await service.idle()
    expect(receiver.deliveries.at(-1)?.body).toMatchObject({
      event: 'unpublish',
      mode: 'remove',
      article: { remoteId: '100' },
    })
    expect(receiver.posts.size).toBe(0)
    expect((await library.get(id)).publications?.[site.id]?.state).toBe('removed')
  })

  it('tests the connection with a signed ping', async () => {
    await setUp()
    expect(await service.testConnection(site.id)).toEqual({
      ok: true,
      message: `The webhook at ${new URL(receiver.url).host} answered.`,
    })
    expect(receiver.deliveries[0]?.signatureValid).toBe(true)
  })
})
