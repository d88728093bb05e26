import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PublicationRecord, PublishProgress } from '@shared/publish/Publish'
import { SiteProfileSchema, type SiteProfile } from '@shared/sites/SiteProfile'
import { startWordPress, type WordPressPeer } from '../../../../tests/peers/wordpress'
import {
  articleDoc,
  makeArticle,
  pngAsset,
  publishContext,
} from '../../../../tests/fixtures/publishContext'
import { PublishError } from '../PublishError'
import { WordPressTarget } from './WordPressTarget'

vi.setConfig({ testTimeout: 30_000 })

let wp: WordPressPeer
let plainServer: Server

function site(
  overrides: { siteUrl?: string; username?: string; postStatus?: 'publish' | 'draft' } = {},
): SiteProfile {
  return SiteProfileSchema.parse({
    id: 'test-wp',
    name: 'Test site',
    url: wp.url,
    target: { kind: 'wordpress', siteUrl: wp.url, username: 'admin', ...overrides },
  })
}

const adminSecrets = () => ({ appPassword: wp.admin.appPassword })

/** Reads the REST API as the administrator, to check what publishing left. */
async function adminGet<T>(route: string): Promise<T> {
  const auth = Buffer.from(`admin:${wp.admin.appPassword}`).toString('base64')
  const response = await fetch(`${wp.url}wp-json${route}`, {
    headers: { Authorization: `Basic ${auth}` },
  })
  expect(response.ok).toBe(true)
  return (await response.json()) as T
}

const mediaCount = () => Number(wp.php("echo wp_count_posts('attachment')->inherit;"))
const postsWithSlug = (slug: string) =>
  Number(
    wp.php(
      `echo count(get_posts(['name' => '${slug}', 'post_status' => 'any', 'post_type' => 'post', 'numberposts' => -1]));`,
    ),
  )

beforeAll(async () => {
  wp = await startWordPress()
  plainServer = createServer((_req, res) => res.end('<html><body>Just a web page</body></html>'))
  await new Promise<void>((resolve) => plainServer.listen(0, '127.0.0.1', resolve))
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

afterAll(async () => {
  plainServer?.close()
  await wp?.stop()
})

describe('connection', () => {
  const target = new WordPressTarget({ timeoutMs: 10_000 })

  it('names the site and the user', async () => {
    const report = await target.testConnection(site(), async () => wp.admin.appPassword)
    expect(report).toEqual({
      ok: true,
      message: `Connected to “${wp.title}” as admin (Administrator).`,
    })
  })

  it('says the password is wrong, without repeating it', async () => {
    const wrong = 'abcd efgh ijkl mnop qrst uvwx'
    const report = await target.testConnection(site(), async () => wrong)
    expect(report.ok).toBe(false)
    expect(report.message).toMatch(/did not accept the username or application password/)
    expect(report.message).not.toContain('abcd')
  })

  it('says when the user may not publish', async () => {
    const report = await target.testConnection(
      site({ username: wp.contributor.username }),
      async () => wp.contributor.appPassword,
    )
    expect(report.ok).toBe(false)
    expect(report.message).toMatch(/as writer \(Contributor\), but this user may not publish/)
  })

  it('says when the address is not WordPress', async () => {
    const address = plainServer.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const report = await target.testConnection(
      site({ siteUrl: `http://127.0.0.1:${port}/` }),
      async () => wp.admin.appPassword,
    )
    expect(report).toEqual({
      ok: false,
      message: `127.0.0.1:${port} does not look like a WordPress site. Check the site address.`,
    })
  })

  it('says when the REST API is turned off', async () => {
    wp.setRestDisabled(true)
    try {
      const report = await target.testConnection(site(), async () => wp.admin.appPassword)
      expect(report.ok).toBe(false)
      expect(report.message).toMatch(/WordPress site, but its REST API is turned off/)
    } finally {
      wp.setRestDisabled(false)
    }
  })

  it('lists the categories and tags for the pickers', async () => {
    wp.php("wp_insert_term('Harbour News', 'category'); wp_insert_term('energy', 'post_tag');")
    const terms = await target.terms(site(), async () => wp.admin.appPassword)
    expect(terms.categories).toEqual(expect.arrayContaining(['Harbour News', 'Uncategorized']))
    expect(terms.tags).toContain('energy')
  })
})

interface RestPost {
  id: number
  status: string
  slug: string
  link: string
  date_gmt: string
  title: { raw: string }
  content: { raw: string; rendered: string }
  excerpt: { raw: string }
  categories: number[]
  tags: number[]
  featured_media: number
}

describe('publishing', () => {
  const target = new WordPressTarget({ timeoutMs: 10_000 })
  const photo = pngAsset(1, 'The harbour at dawn')
  const chart = pngAsset(2, 'Cargo volumes')
  const base = {
    id: 'harbour-article',
    title: 'The harbour reopens',
    slug: 'the-harbour-reopens',
    excerpt: 'After two years of works, the harbour is open again.',
    category: 'Port Life',
    tags: ['energy', 'Ships & Boats'],
    featuredImage: { src: `asset:${photo.name}`, alt: photo.alt },
  }
  const first = makeArticle(base, articleDoc(['Ships came back on Monday.'], [photo, chart]))
  let record: Awaited<ReturnType<WordPressTarget['publish']>>

  it('plans the uploads, the new terms and the new post without making them', async () => {
    const before = mediaCount()
    const plan = await target.plan(
      publishContext({
        article: first,
        site: site(),
        assets: [photo, chart],
        secrets: adminSecrets(),
      }),
    )
    expect(plan.summary).toBe('Creates the post on Test site and uploads 2 images.')
    expect(plan.changes.map((c) => `${c.action} ${c.target}`)).toEqual([
      'upload Image “The harbour at dawn”',
      'upload Image “Cargo volumes”',
      'create Category “Port Life”',
      'create Tag “Ships & Boats”',
      'create Post “The harbour reopens”',
    ])
    expect(plan.changes.at(-1)?.after).toContain('Ships came back on Monday.')
    expect(mediaCount()).toBe(before)
    expect(postsWithSlug('the-harbour-reopens')).toBe(0)
  })

  it('checks for the password before anything is sent', async () => {
    const checks = await target.check(
      publishContext({ article: first, site: site(), assets: [photo], secrets: {} }),
    )
    expect(checks.map((c) => `${c.level} ${c.code}`)).toEqual(['error wordpress-password'])
  })

  it('refuses, in words, a user who may not upload images', async () => {
    const failure = await target
      .publish(
        publishContext({
          article: first,
          site: site({ username: wp.contributor.username }),
          assets: [photo],
          secrets: { appPassword: wp.contributor.appPassword },
        }),
      )
      .then(
        () => null,
        (e: unknown) => e as PublishError,
      )
    expect(failure).toBeInstanceOf(PublishError)
    expect(failure?.kind).toBe('auth')
    expect(failure?.message).toMatch(/does not allow the user “writer” to upload images/)
  })

  it('publishes images, terms, featured image and excerpt as a post', async () => {
    const before = mediaCount()
    const progress: PublishProgress[] = []
    record = await target.publish(
      publishContext({
        article: first,
        site: site(),
        assets: [photo, chart],
        secrets: adminSecrets(),
        progress,
      }),
    )
    expect(progress.map((p) => p.step)).toEqual([
      'Uploading image 1 of 2',
      'Uploading image 2 of 2',
      'Preparing categories and tags',
      'Saving the post',
      'Published',
    ])
    expect(target.lastStats.uploads).toBe(2)
    expect(mediaCount()).toBe(before + 2)
    expect(record).toMatchObject({
      kind: 'wordpress',
      state: 'published',
      url: `${wp.url}the-harbour-reopens/`,
    })

    const post = await adminGet<RestPost>(`/wp/v2/posts/${record.remoteId}?context=edit`)
    expect(post.title.raw).toBe('The harbour reopens')
    expect(post.excerpt.raw).toBe(base.excerpt)
    expect(post.status).toBe('publish')
    const media = await adminGet<{ id: number; source_url: string; alt_text: string }[]>(
      `/wp/v2/media?include=${post.featured_media}`,
    )
    expect(media[0]?.alt_text).toBe('The harbour at dawn')
    expect(post.content.raw).toContain(`src="${media[0]?.source_url}"`)
    expect(post.content.raw.match(/<img /g)).toHaveLength(2)
    expect(post.content.raw).not.toContain('asset:')

    const categories = await adminGet<{ name: string }[]>(`/wp/v2/categories?post=${post.id}`)
    expect(categories.map((c) => c.name)).toEqual(['Port Life'])
    const tags = await adminGet<{ name: string }[]>(`/wp/v2/tags?post=${post.id}&orderby=name`)
    expect(tags.map((t) => t.name)).toEqual(['energy', 'Ships &amp; Boats'])
    expect(
      Number(
        wp.php(
          "echo count(get_terms(['taxonomy' => 'post_tag', 'name' => 'energy', 'hide_empty' => false]));",
        ),
      ),
    ).toBe(1)

    const page = await fetch(record.url ?? '')
    const html = await page.text()
    expect(page.status).toBe(200)
    expect(html).toContain('The harbour reopens')
    expect(html).toContain('Ships came back on Monday.')
  })

  it('republishes an edit as one request to the same post, without uploads', async () => {
    const edited = makeArticle(
      { ...base, title: 'The harbour reopens at last' },
      articleDoc(['Ships came back on Monday, cheered by a crowd.'], [photo, chart]),
    )
    const before = mediaCount()
    const next = await target.publish(
      publishContext({
        article: edited,
        site: site(),
        record,
        assets: [photo, chart],
        secrets: adminSecrets(),
      }),
    )
    expect(target.lastStats).toEqual({ requests: 1, uploads: 0 })
    expect(next.remoteId).toBe(record.remoteId)
    expect(mediaCount()).toBe(before)
    const post = await adminGet<RestPost>(`/wp/v2/posts/${next.remoteId}?context=edit`)
    expect(post.title.raw).toBe('The harbour reopens at last')
    expect(post.content.raw).toContain('cheered by a crowd')
    record = next
  })

  it('names the author by the matching user and gives the featured image its alt text', async () => {
    const anaId = Number(
      wp.php(
        "echo wp_insert_user(['user_login' => 'asilva', 'display_name' => 'Ana Silva', 'user_pass' => 'ana-pass-123', 'user_email' => 'ana@example.test', 'role' => 'author']);",
      ),
    )
    const edited = makeArticle(
      {
        ...base,
        title: 'The harbour reopens at last',
        author: 'ana silva',
        featuredImage: { src: `asset:${photo.name}`, alt: 'The quay at night' },
      },
      articleDoc(['Ships came back on Monday, cheered by a crowd.'], [photo, chart]),
    )
    const next = await target.publish(
      publishContext({
        article: edited,
        site: site(),
        record,
        assets: [photo, chart],
        secrets: adminSecrets(),
      }),
    )
    const post = await adminGet<RestPost & { author: number }>(
      `/wp/v2/posts/${next.remoteId}?context=edit`,
    )
    expect(post.author).toBe(anaId)
    const media = await adminGet<{ alt_text: string }[]>(
      `/wp/v2/media?include=${post.featured_media}`,
    )
    expect(media[0]?.alt_text).toBe('The quay at night')
    // Told once: the next publish sends no second description of the image.
    record = await target.publish(
      publishContext({
        article: edited,
        site: site(),
        record: next,
        assets: [photo, chart],
        secrets: adminSecrets(),
      }),
    )
    expect(target.lastStats.requests).toBe(2)
  })

  it('plans an update showing the text on the site and the new text', async () => {
    const edited = makeArticle(base, articleDoc(['Ships came back on Tuesday.'], [photo, chart]))
    const plan = await target.plan(
      publishContext({
        article: edited,
        site: site(),
        record,
        assets: [photo, chart],
        secrets: adminSecrets(),
      }),
    )
    expect(plan.summary).toBe('Updates the post on Test site.')
    expect(plan.changes).toHaveLength(1)
    expect(plan.changes[0]?.before).toContain('cheered by a crowd')
    expect(plan.changes[0]?.before).not.toContain('copydesk-article')
    expect(plan.changes[0]?.after).toContain('Ships came back on Tuesday.')
  })

  it('says in the plan when no user of the site has the article’s author name', async () => {
    const named = (author: string) =>
      publishContext({
        article: makeArticle({ ...base, author }, articleDoc(['Ships came back on Monday.'], [])),
        site: site(),
        record,
        secrets: adminSecrets(),
      })
    expect((await target.plan(named('Ana Silva'))).summary).not.toContain('No user')
    expect((await target.plan(named('Bea Nobody'))).summary).toContain(
      'No user of the site called “Bea Nobody” could be found, so the post keeps the author it has.',
    )
  })

  it('warns in the plan when the post was changed in WordPress since', async () => {
    const ctx = publishContext({
      article: first,
      site: site(),
      record,
      assets: [photo, chart],
      secrets: adminSecrets(),
    })
    expect((await target.plan(ctx)).summary).toBe('Updates the post on Test site.')
    wp.php(
      `wp_update_post(['ID' => ${record.remoteId}, 'post_content' => 'Fixed a typo on the site.']); global $wpdb; $wpdb->update($wpdb->posts, ['post_modified_gmt' => '2030-01-01 00:00:00'], ['ID' => ${record.remoteId}]); clean_post_cache(${record.remoteId});`,
    )
    const plan = await target.plan(ctx)
    expect(plan.summary).toMatch(/changed in WordPress since .* replaces those changes/)
    expect(plan.changes.at(-1)?.before).toBe('Fixed a typo on the site.')
  })

  it('schedules a post whose publish date is in the future', async () => {
    const future = new Date(Date.now() + 7 * 24 * 3600 * 1000)
    future.setUTCMilliseconds(0)
    const scheduled = makeArticle(
      { id: 'schedule-article', title: 'Next week’s regatta', publishDate: future.toISOString() },
      articleDoc(['Boats of all sizes.'], []),
    )
    const result = await target.publish(
      publishContext({ article: scheduled, site: site(), secrets: adminSecrets() }),
    )
    expect(result.state).toBe('scheduled')
    const post = await adminGet<RestPost>(`/wp/v2/posts/${result.remoteId}?context=edit`)
    expect(post.status).toBe('future')
    expect(`${post.date_gmt}Z`).toBe(future.toISOString().replace('.000Z', 'Z'))
  })

  it('sends the post as a draft when the site is set to review in WordPress', async () => {
    const article = makeArticle(
      {
        id: 'draft-article',
        title: 'For review',
        featuredImage: { src: 'https://images.example.com/a.jpg', alt: '' },
      },
      articleDoc(['Please check the numbers.'], []),
    )
    const ctx = publishContext({
      article,
      site: site({ postStatus: 'draft' }),
      secrets: adminSecrets(),
    })
    expect((await target.check(ctx)).map((c) => c.code)).toEqual(['featured-image-remote'])
    const result = await target.publish(ctx)
    expect(result.state).toBe('draft')
    const post = await adminGet<RestPost>(`/wp/v2/posts/${result.remoteId}?context=edit`)
    expect(post).toMatchObject({ status: 'draft', slug: 'for-review', featured_media: 0 })
  })

  it('unpublishes to draft, then to the trash, and can publish again', async () => {
    const ctx = () =>
      publishContext({
        article: first,
        site: site(),
        record,
        assets: [photo, chart],
        secrets: adminSecrets(),
      })
    const draft = await target.unpublish(ctx(), 'draft')
    expect(draft.state).toBe('draft')
    expect((await adminGet<RestPost>(`/wp/v2/posts/${record.remoteId}?context=edit`)).status).toBe(
      'draft',
    )

    record = draft
    const removed = await target.unpublish(ctx(), 'remove')
    expect(removed.state).toBe('removed')
    expect((await adminGet<RestPost>(`/wp/v2/posts/${record.remoteId}?context=edit`)).status).toBe(
      'trash',
    )
    expect(postsWithSlug('the-harbour-reopens')).toBe(0)

    record = removed
    const again = await target.publish(ctx())
    expect(again.remoteId).toBe(removed.remoteId)
    const post = await adminGet<RestPost>(`/wp/v2/posts/${again.remoteId}?context=edit`)
    expect(post).toMatchObject({ status: 'publish', slug: 'the-harbour-reopens' })
  })
})

describe('plain permalinks', () => {
  const target = new WordPressTarget({ timeoutMs: 10_000 })
  const setPermalinks = (structure: string) =>
    wp.php(
      `global $wp_rewrite; $wp_rewrite->set_permalink_structure('${structure}'); flush_rewrite_rules();`,
    )

  afterAll(() => setPermalinks('/%postname%/'))

  it('publishes through ?rest_route= even when the remembered /wp-json/ root redirects', async () => {
    const article = makeArticle(
      { id: 'plain-article', title: 'Plain links', slug: 'plain-links' },
      articleDoc(['Written before the site changed its links.'], []),
    )
    const ctx = (record: PublicationRecord | null) =>
      publishContext({ article, site: site(), record, secrets: adminSecrets() })
    const record = await target.publish(ctx(null))
    expect(record.extra.restRoot).toBe(`${wp.url}wp-json/`)

    setPermalinks('')
    const again = await target.publish(ctx(record))
    expect(again.remoteId).toBe(record.remoteId)
    expect(again.extra.restRoot).toBe(`${wp.url}?rest_route=%2F`)
    expect(postsWithSlug('plain-links')).toBe(1)

    const fresh = await target.publish(ctx(null))
    expect(fresh.remoteId).toBe(record.remoteId)
    expect(fresh.extra.restRoot).toMatch(/\?rest_route=/)
  })
})
