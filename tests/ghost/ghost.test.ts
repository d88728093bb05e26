import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ArticleMetaSchema, type Article, type DocNode } from '../../src/shared/article/Article'
import { renderHtml, renderMarkdown } from '../../src/shared/render'
import type { PublicationRecord } from '../../src/shared/publish/Publish'
import type { SiteProfile } from '../../src/shared/sites/SiteProfile'
import { PublishError } from '../../src/main/publish/PublishError'
import type { PublishContext } from '../../src/main/publish/PublishTarget'
import { GhostTarget } from '../../src/main/publish/ghost/GhostTarget'
import { makePng } from '../fixtures/makePng'
import { startGhost, type GhostPeer } from '../peers/ghost'

let ghost: GhostPeer

beforeAll(async () => {
  ghost = await startGhost()
}, 900_000)
afterAll(async () => {
  await ghost?.stop()
})

const red = makePng(40, 30, [200, 30, 30], [250, 120, 90])
const blue = makePng(30, 40, [20, 40, 200], [90, 160, 250])
const asset = (bytes: Buffer) => `${createHash('sha256').update(bytes).digest('hex')}.png`

function site(): SiteProfile {
  return {
    id: 'ghost-site',
    name: 'Ghost newsroom',
    url: ghost.url,
    categories: ['Industry Insights'],
    navigation: [],
    theme: { kind: 'builtin', id: 'newsroom' },
    target: { kind: 'ghost', adminUrl: ghost.url },
  }
}

function article(
  id: string,
  title: string,
  body: string,
  extra: Partial<Article['meta']> = {},
): Article {
  const doc: DocNode = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: body }] },
      {
        type: 'image',
        attrs: { src: `asset:${asset(red)}`, alt: 'Red chart', caption: 'Quarterly numbers' },
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'Closing line.' }] },
    ],
  }
  const meta = ArticleMetaSchema.parse({
    id,
    title,
    slug: title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
    category: 'Industry Insights',
    tags: ['Energy', 'Outlook'],
    excerpt: 'A short summary.',
    featuredImage: { src: `asset:${asset(blue)}`, alt: 'Blue cover' },
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...extra,
  })
  return { meta, doc, history: [], version: 1 }
}

interface Options {
  record?: PublicationRecord | null
  key?: string
  overwrite?: boolean
  fetch?: typeof fetch
}

function context(target: Article, options: Options = {}): PublishContext {
  const images = [red, blue].map((bytes) => ({
    name: asset(bytes),
    mimeType: 'image/png',
    alt: '',
    read: async () => new Uint8Array(bytes),
  }))
  return {
    article: target,
    site: site(),
    record: options.record ?? null,
    assets: images,
    render: (imageUrl) => {
      const options = {
        imageUrl: (src: string) => (src.startsWith('asset:') ? imageUrl(src.slice(6)) : src),
      }
      return {
        html: renderHtml(target.doc, options),
        markdown: renderMarkdown(target.doc, options),
      }
    },
    secret: async (name) => (name === 'adminKey' ? (options.key ?? ghost.adminKey) : null),
    progress: () => {},
    signal: new AbortController().signal,
    overwrite: options.overwrite ?? false,
  }
}

/** Counts the requests Copydesk makes, by method and path. */
function countingFetch(): { fetch: typeof fetch; calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    fetch: (input, init) => {
      const url = new URL(String(input instanceof Request ? input.url : input))
      calls.push(`${init?.method ?? 'GET'} ${url.pathname}`)
      return fetch(input, init)
    },
  }
}

async function postsWithSlug(slug: string) {
  const body = (await ghost.adminRequest(
    'GET',
    `posts/?filter=${encodeURIComponent(`slug:~^'${slug}'`)}&formats=html&include=tags,authors&limit=all`,
  )) as {
    posts: {
      id: string
      slug: string
      title: string
      html: string
      status: string
      tags: { name: string }[]
      authors: { name: string }[]
      feature_image: string | null
      feature_image_alt: string | null
      url: string
      updated_at: string
    }[]
  }
  return body.posts
}

describe('Ghost connection', () => {
  it('names the site when the key is right', async () => {
    const report = await new GhostTarget().testConnection(site(), async () => ghost.adminKey)
    expect(report).toEqual({ ok: true, message: expect.stringContaining('Copydesk Test Site') })
  })

  it('says the key was rejected, without showing it', async () => {
    const [id] = ghost.adminKey.split(':')
    const wrong = `${id}:${'ab'.repeat(32)}`
    const report = await new GhostTarget().testConnection(site(), async () => wrong)
    expect(report.ok).toBe(false)
    expect(report.message).toMatch(/rejected the Admin API key/)
    expect(report.message).not.toContain('abab')
  })

  it('explains a key that is not a Ghost key', async () => {
    const report = await new GhostTarget().testConnection(site(), async () => 'not-a-key')
    expect(report).toEqual({
      ok: false,
      message: expect.stringMatching(/does not look like a Ghost Admin API key/),
    })
  })

  it('says when the address is not a Ghost site', async () => {
    const server: Server = createServer((_request, response) => {
      response.writeHead(404, { 'Content-Type': 'text/html' })
      response.end('<html><body>Welcome to nginx</body></html>')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    try {
      const other = { ...site(), target: { kind: 'ghost' as const, adminUrl: url } }
      const report = await new GhostTarget().testConnection(other, async () => ghost.adminKey)
      expect(report.ok).toBe(false)
      expect(report.message).toMatch(/web page instead of Ghost’s API/)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

describe('publishing to Ghost', () => {
  it('publishes with images, tags, excerpt and feature image, then updates the same post', async () => {
    const first = countingFetch()
    const target = new GhostTarget({ fetch: first.fetch })
    const draft = article(
      'ghost-article-1',
      'Grid outlook for winter',
      'The grid is ready for winter.',
      { author: 'test owner' },
    )
    const record = await target.publish(context(draft))
    expect(record).toMatchObject({
      kind: 'ghost',
      state: 'published',
      remoteId: expect.any(String),
    })
    expect(first.calls.filter((c) => c.endsWith('/images/upload/'))).toHaveLength(2)

    const [post, ...others] = await postsWithSlug('grid-outlook-for-winter')
    expect(others).toHaveLength(0)
    expect(post?.title).toBe('Grid outlook for winter')
    expect(post?.html).toContain('The grid is ready for winter.')
    expect(post?.html).toContain('Quarterly numbers')
    expect(post?.tags.map((t) => t.name)).toEqual([
      'Industry Insights',
      'Energy',
      'Outlook',
      '#copydesk-ghost-article-1',
    ])
    expect(post?.feature_image).toMatch(/\/content\/images\//)
    expect(post?.feature_image_alt).toBe('Blue cover')
    // The owner is also Ghost's default author: the lookup is what shows the name was matched.
    expect(first.calls).toContain('GET /ghost/api/admin/users/')
    expect(post?.authors.map((a) => a.name)).toEqual(['Test Owner'])
    const page = await fetch(record.url ?? '')
    expect(await page.text()).toContain('Grid outlook for winter')

    const second = countingFetch()
    const edited = article(
      'ghost-article-1',
      'Grid outlook for winter',
      'The grid is ready, says the operator.',
    )
    const again = await new GhostTarget({ fetch: second.fetch }).publish(
      context(edited, { record }),
    )
    expect(again.remoteId).toBe(record.remoteId)
    expect(second.calls.filter((c) => c.endsWith('/images/upload/'))).toHaveLength(0)
    const [updated, ...more] = await postsWithSlug('grid-outlook-for-winter')
    expect(more).toHaveLength(0)
    expect(updated?.html).toContain('says the operator')
  })

  it('stops on an edit made in Ghost meanwhile, then overwrites when asked', async () => {
    const target = new GhostTarget()
    const draft = article('ghost-article-2', 'Board changes', 'Original text.')
    const record = await target.publish(context(draft))
    const [post] = await postsWithSlug('board-changes')
    await ghost.adminRequest('PUT', `posts/${post?.id}/?source=html`, {
      posts: [{ html: '<p>Edited in Ghost.</p>', updated_at: post?.updated_at }],
    })

    const error = await target
      .publish(context(article('ghost-article-2', 'Board changes', 'Our newer text.'), { record }))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PublishError)
    expect((error as PublishError).kind).toBe('conflict')
    expect((error as PublishError).conflict?.theirs).toContain('Edited in Ghost.')
    expect((error as PublishError).conflict?.ours).toContain('Our newer text.')

    await target.publish(
      context(article('ghost-article-2', 'Board changes', 'Our newer text.'), {
        record,
        overwrite: true,
      }),
    )
    const [after] = await postsWithSlug('board-changes')
    expect(after?.html).toContain('Our newer text.')
  })

  it('schedules a post with a future date', async () => {
    const future = new Date(Date.now() + 7 * 24 * 3600_000).toISOString()
    const record = await new GhostTarget().publish(
      context(
        article('ghost-article-3', 'Next week launch', 'Coming soon.', { publishDate: future }),
      ),
    )
    expect(record.state).toBe('scheduled')
    const [post] = await postsWithSlug('next-week-launch')
    expect(post?.status).toBe('scheduled')
  })

  it('finds the post a lost answer created instead of creating a second one', async () => {
    let dropped = false
    const dropCreate: typeof fetch = async (input, init) => {
      const response = await fetch(input, init)
      const url = String(input instanceof Request ? input.url : input)
      if (!dropped && init?.method === 'POST' && url.includes('/posts/')) {
        dropped = true
        throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } })
      }
      return response
    }
    const draft = article('ghost-article-4', 'Lost answer', 'Written once.')
    const error = await new GhostTarget({ fetch: dropCreate })
      .publish(context(draft))
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'offline', transient: true })

    const record = await new GhostTarget().publish(context(draft))
    const posts = await postsWithSlug('lost-answer')
    expect(posts).toHaveLength(1)
    expect(posts[0]?.id).toBe(record.remoteId)
  })

  it('unpublishes to draft, then removes', async () => {
    const target = new GhostTarget()
    const draft = article('ghost-article-5', 'Short lived', 'Here today.')
    const record = await target.publish(context(draft))
    const asDraft = await target.unpublish(context(draft, { record }), 'draft')
    expect(asDraft.state).toBe('draft')
    expect((await postsWithSlug('short-lived'))[0]?.status).toBe('draft')
    const removed = await target.unpublish(context(draft, { record: asDraft }), 'remove')
    expect(removed.state).toBe('removed')
    expect(await postsWithSlug('short-lived')).toHaveLength(0)
  })
})
