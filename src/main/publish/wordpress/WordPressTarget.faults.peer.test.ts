import { existsSync, renameSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PublicationRecord } from '@shared/publish/Publish'
import { SiteProfileSchema, type SiteProfile } from '@shared/sites/SiteProfile'
import { startWordPress, type WordPressPeer } from '../../../../tests/peers/wordpress'
import {
  faultOnce,
  pass,
  startFaultProxy,
  type Fault,
  type FaultProxy,
  type ProxiedRequest,
} from '../../../../tests/peers/faultProxy'
import {
  articleDoc,
  makeArticle,
  pngAsset,
  publishContext,
} from '../../../../tests/fixtures/publishContext'
import type { PublishAsset } from '../PublishTarget'
import { PublishError } from '../PublishError'
import { WordPressTarget } from './WordPressTarget'

/*
 * Publishing through a proxy that breaks one request the way networks do; each retry is a
 * second call with whatever record the failed attempt left (none), as the outbox does. Whatever
 * failed, WordPress must end with exactly one post, holding the latest text, and no extra media.
 */

vi.setConfig({ testTimeout: 30_000 })

let wp: WordPressPeer
let proxy: FaultProxy
/** What a stalled request waits before giving up; everything else gets a generous timeout. */
const STALL_TIMEOUT_MS = 1500
const TIMEOUT_MS = 20_000

function site(): SiteProfile {
  return SiteProfileSchema.parse({
    id: 'faulty-wp',
    name: 'Faulty site',
    url: proxy.url,
    target: { kind: 'wordpress', siteUrl: proxy.url, username: 'admin' },
  })
}

const isCreatePost = (r: ProxiedRequest) =>
  r.method === 'POST' && /\/wp\/v2\/posts(\?|$)/.test(decodeURIComponent(r.url))
const isUpdatePost = (r: ProxiedRequest) =>
  r.method === 'POST' && /\/wp\/v2\/posts\/\d+/.test(decodeURIComponent(r.url))
const isUpload = (r: ProxiedRequest) =>
  r.method === 'POST' && /\/wp\/v2\/media/.test(decodeURIComponent(r.url))

let seed = 10
/** A new image for every use, so each test uploads its own. */
const nextSeed = () => ++seed

const mediaCount = () => Number(wp.php("echo wp_count_posts('attachment')->inherit;"))
/** Posts at this slug or a suffixed one (`slug-2`, which WordPress gives a duplicate). */
function postsWithSlug(slug: string): { id: number; content: string }[] {
  const rows = wp.php(
    `global $wpdb; echo json_encode($wpdb->get_results($wpdb->prepare("SELECT ID AS id, post_content AS content FROM {$wpdb->posts} WHERE post_type = 'post' AND post_status NOT IN ('trash', 'auto-draft', 'inherit') AND (post_name = %s OR post_name LIKE %s)", '${slug}', '${slug}-%')));`,
  )
  return (JSON.parse(rows) as { id: string; content: string }[]).map((row) => ({
    id: Number(row.id),
    content: row.content,
  }))
}

function attempt(
  slug: string,
  text: string,
  assets: PublishAsset[],
  record: PublicationRecord | null = null,
  timeoutMs = TIMEOUT_MS,
) {
  const target = new WordPressTarget({ timeoutMs })
  const article = makeArticle(
    { id: `article-${slug}`, title: `Story ${slug}`, slug, tags: ['faults'] },
    articleDoc([text], assets),
  )
  return target.publish(
    publishContext({
      article,
      site: site(),
      record,
      assets,
      secrets: { appPassword: wp.admin.appPassword },
    }),
  )
}

async function expectFailure(run: Promise<unknown>): Promise<PublishError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(PublishError)
  return error as PublishError
}

/** Fails once on a request, retries, and checks the one-post, latest-content, same-media rule. */
async function failThenRetry(slug: string, match: (r: ProxiedRequest) => boolean, fault: Fault) {
  const images = [pngAsset(nextSeed()), pngAsset(nextSeed())]
  proxy.setRule(faultOnce(match, fault))
  const timeout = fault.kind === 'stall' ? STALL_TIMEOUT_MS : TIMEOUT_MS
  const failure = await expectFailure(attempt(slug, 'First version.', images, null, timeout))
  const mediaAfterFailure = mediaCount()

  proxy.setRule(pass)
  const record = await attempt(slug, 'Latest version.', images)
  const posts = postsWithSlug(slug)
  expect(posts).toHaveLength(1)
  expect(posts[0]?.content).toContain('Latest version.')
  expect(String(posts[0]?.id)).toBe(record.remoteId)
  expect(proxy.seen.filter(isUpload)).toHaveLength(2)
  return { failure, mediaAfterFailure, record }
}

beforeAll(async () => {
  wp = await startWordPress()
  proxy = await startFaultProxy(wp.url)
}, 120_000)

// A failure prints what the site logged, so a server-side error shows its cause.
beforeEach(({ onTestFailed }) => {
  onTestFailed(({ task }) => {
    // What WordPress answered (status, code, its own message), which the error's text leaves out.
    const answers = (task.result?.errors ?? []).map((e) => {
      const { status, code, detail } = e as { status?: unknown; code?: unknown; detail?: unknown }
      return JSON.stringify({ status, code, detail })
    })
    console.error(
      `WordPress logs after “${task.name}” failed:\n${answers.join('\n')}\n${wp.diagnostics()}`,
    )
  })
})

afterEach(() => {
  proxy.setRule(pass)
  proxy.seen.length = 0
})

afterAll(async () => {
  await proxy?.close()
  await wp?.stop()
})

describe('the first upload of a month', () => {
  /** The folder WordPress uploads to this month, moved aside so the next upload must make it. */
  function withoutMonthFolder(round: number) {
    const folder = wp.php("echo wp_upload_dir(null, false)['path'];")
    if (existsSync(folder)) renameSync(folder, `${folder}-aside-${round}`)
    expect(existsSync(folder)).toBe(false)
  }

  it('uploads one image alone, so parallel uploads never race to make the folder', async () => {
    for (let round = 1; round <= 3; round++) {
      withoutMonthFolder(round)
      proxy.seen.length = 0
      const images = [1, 2, 3, 4].map(() => pngAsset(nextSeed()))
      await attempt(`new-month-${round}`, 'Four images.', images)

      const uploads = proxy.seen.filter(isUpload)
      expect(uploads).toHaveLength(4)
      const [first, ...rest] = uploads
      // WordPress made the folder during the first upload; every other one began after it.
      for (const later of rest) expect(later.arrived).toBeGreaterThan(first?.answered ?? Infinity)
      expect(postsWithSlug(`new-month-${round}`)).toHaveLength(1)
    }
  })
})

describe('publishing through failures', () => {
  it('a reset after WordPress created the post: the retry finds it and updates it', async () => {
    const { failure, mediaAfterFailure } = await failThenRetry('reset-on-create', isCreatePost, {
      kind: 'drop-after-send',
    })
    expect(failure.kind).toBe('offline')
    expect(failure.transient).toBe(true)
    expect(postsWithSlug('reset-on-create')).toHaveLength(1)
    expect(mediaCount()).toBe(mediaAfterFailure)
  })

  it('a 500 before WordPress saw the post: the retry creates exactly one', async () => {
    const { failure, mediaAfterFailure } = await failThenRetry('error-on-create', isCreatePost, {
      kind: 'status',
      status: 500,
    })
    expect(failure.kind).toBe('server')
    expect(failure.transient).toBe(true)
    expect(mediaCount()).toBe(mediaAfterFailure)
  })

  it('an answer that never comes after the post was created: the retry updates it', async () => {
    const { failure } = await failThenRetry('stall-on-create', isCreatePost, {
      kind: 'stall',
      forward: true,
    })
    expect(failure.kind).toBe('timeout')
    expect(failure.transient).toBe(true)
  })

  it('a request that never reaches WordPress: the retry creates exactly one', async () => {
    const { failure } = await failThenRetry('stall-unsent', isCreatePost, {
      kind: 'stall',
      forward: false,
    })
    expect(failure.kind).toBe('timeout')
  })

  it('a reset on create, then a new slug: the retry finds the post by its token and renames it', async () => {
    proxy.setRule(faultOnce(isCreatePost, { kind: 'drop-after-send' }))
    await expectFailure(attempt('renamed-before', 'First version.', []))
    const lost = postsWithSlug('renamed-before')
    expect(lost).toHaveLength(1)

    proxy.setRule(pass)
    const target = new WordPressTarget({ timeoutMs: TIMEOUT_MS })
    const article = makeArticle(
      { id: 'article-renamed-before', title: 'Renamed', slug: 'renamed-after' },
      articleDoc(['Latest version.'], []),
    )
    const record = await target.publish(
      publishContext({ article, site: site(), secrets: { appPassword: wp.admin.appPassword } }),
    )
    expect(record.remoteId).toBe(String(lost[0]?.id))
    expect(postsWithSlug('renamed-before')).toHaveLength(0)
    expect(postsWithSlug('renamed-after')).toHaveLength(1)
  })

  it('a reset after an image was stored: the retry finds the images instead of uploading them again', async () => {
    const images = [1, 2, 3, 4].map(() => pngAsset(nextSeed()))
    const before = mediaCount()
    proxy.setRule(faultOnce(isUpload, { kind: 'drop-after-send' }))
    await expectFailure(attempt('reset-on-upload', 'First version.', images))
    // The dropped upload was stored, and so were those already in flight beside it.
    const stored = mediaCount() - before
    expect(stored).toBeGreaterThanOrEqual(1)

    proxy.setRule(pass)
    proxy.seen.length = 0
    await attempt('reset-on-upload', 'Latest version.', images)
    expect(proxy.seen.filter(isUpload)).toHaveLength(images.length - stored)
    expect(mediaCount()).toBe(before + images.length)
    expect(postsWithSlug('reset-on-upload')).toHaveLength(1)
  })

  it('a failed update of a published post leaves one post, updated on retry', async () => {
    const images = [pngAsset(nextSeed())]
    const record = await attempt('update-stall', 'First version.', images)
    const before = mediaCount()
    proxy.setRule(faultOnce(isUpdatePost, { kind: 'stall', forward: true }))
    const failure = await expectFailure(
      attempt('update-stall', 'Second version.', images, record, STALL_TIMEOUT_MS),
    )
    expect(failure.kind).toBe('timeout')

    const retried = await attempt('update-stall', 'Latest version.', images, record)
    expect(retried.remoteId).toBe(record.remoteId)
    const posts = postsWithSlug('update-stall')
    expect(posts).toHaveLength(1)
    expect(posts[0]?.content).toContain('Latest version.')
    expect(mediaCount()).toBe(before)
  })
})

describe('cancelling', () => {
  it('stops at once when the person cancels, without waiting for the timeout', async () => {
    proxy.setRule(faultOnce(isUpload, { kind: 'stall', forward: false }))
    const controller = new AbortController()
    const article = makeArticle(
      { id: 'article-cancelled', title: 'Cancelled', slug: 'cancelled' },
      articleDoc(['Text.'], []),
    )
    const context = {
      ...publishContext({
        article,
        site: site(),
        assets: [pngAsset(nextSeed())],
        secrets: { appPassword: wp.admin.appPassword },
      }),
      signal: controller.signal,
    }
    const outcome = new WordPressTarget({ timeoutMs: TIMEOUT_MS }).publish(context).then(
      () => null,
      (e: unknown) => e,
    )
    // Cancel while the upload hangs, the only request then in flight. Cancelling at a fixed
    // moment could catch an earlier request the proxy had not read yet; read later, it met the
    // next test's rule and took the fault meant for that test.
    await vi.waitFor(() => expect(proxy.seen.some(isUpload)).toBe(true), {
      timeout: TIMEOUT_MS,
      interval: 20,
    })
    const cancelled = performance.now()
    controller.abort()
    const error = await outcome
    expect((error as Error | null)?.name).toBe('AbortError')
    expect(performance.now() - cancelled).toBeLessThan(5000)
    expect(postsWithSlug('cancelled')).toHaveLength(0)
  })
})

describe('answers that are not data', () => {
  it('a server error on the first request is a failure to retry, not "not WordPress"', async () => {
    proxy.setRule(faultOnce(() => true, { kind: 'status', status: 502 }))
    const failure = await expectFailure(attempt('bad-gateway', 'Text.', []))
    expect(failure.kind).toBe('server')
    expect(failure.transient).toBe(true)
  })

  it('an image too large for the site is reported and not retried', async () => {
    proxy.setRule(faultOnce(isUpload, { kind: 'status', status: 413 }))
    const failure = await expectFailure(attempt('too-large', 'Text.', [pngAsset(nextSeed())]))
    expect(failure.kind).toBe('too-large')
    expect(failure.transient).toBe(false)
    expect(failure.message).toMatch(/larger than the WordPress site accepts/)
  })

  it('a login page where JSON was expected is named as such', async () => {
    const login =
      '<html><body><form name="loginform" id="loginform" action="/wp-login.php"></form></body></html>'
    proxy.setRule(
      faultOnce(isCreatePost, {
        kind: 'status',
        status: 200,
        body: login,
        contentType: 'text/html',
      }),
    )
    const failure = await expectFailure(attempt('login-page', 'Text.', []))
    expect(failure.kind).toBe('invalid')
    expect(failure.message).toMatch(/login page instead of data/)
  })

  it('messages never carry the password', async () => {
    const body = '{"code":"rest_not_logged_in","message":"You are not currently logged in."}'
    proxy.setRule((r) =>
      r.url.includes('/wp/v2/')
        ? { kind: 'status', status: 401, body, contentType: 'application/json' }
        : { kind: 'pass' },
    )
    const failure = await expectFailure(attempt('no-secret', 'Text.', []))
    expect(failure.kind).toBe('auth')
    const password = wp.admin.appPassword
    expect(JSON.stringify({ m: failure.message, c: String(failure.cause) })).not.toContain(password)
    expect(failure.message).not.toContain(Buffer.from(`admin:${password}`).toString('base64'))
  })
})
