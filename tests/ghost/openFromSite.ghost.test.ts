import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PublishJob } from '../../src/shared/publish/Publish'
import { parseMarkdown } from '../../src/shared/render/markdown/parseMarkdown'
import type { Services } from '../../src/main/createServices'
import { GhostClient } from '../../src/main/publish/ghost/GhostClient'
import { updateOpenedGhostPost } from '../../src/main/publish/ghost/openedGhostUpdate'
import { PublishError } from '../../src/main/publish/PublishError'
import { createGuardedFetch } from '../../src/main/security/createGuardedFetch'
import type { SiteProfile } from '../../src/shared/sites/SiteProfile'
import { makePng } from '../fixtures/makePng'
import { seriousViolations } from '../harness/seriousViolations'
import { startHarness, type Harness } from '../harness/startHarness'
import type { GhostPeer } from '../peers/ghost'
import { startGhostNewsroom, type GhostNewsroom } from './ghostNewsroom'

const WAIT = { timeout: 30_000 }
/** Set to a folder to keep pictures of the dialog (`SHOTS_DIR=/tmp/shots`). */
const SHOTS_DIR = process.env.SHOTS_DIR
const editor = '.ui-pane-editor > .ui-editor-scroll [data-testid=editor] .ProseMirror'

/** A post as Ghost's editor keeps it: a divider and a quote become Lexical cards and nodes. */
const CARD_POST = [
  '<p>Our plant in Lyon opens <strong>next week</strong>.</p>',
  '<h2>What changes</h2>',
  '<ul><li>Shorter deliveries</li><li>Local jobs</li></ul>',
  '<hr>',
  '<blockquote><p>A good day for the region.</p></blockquote>',
  '<p>Questions: press@example.com</p>',
].join('')

interface RawPost {
  id: string
  title: string
  html: string
  lexical: string
  updated_at: string
  status: string
  tags: { name: string }[]
  custom_excerpt: string | null
}

let ghost: GhostPeer
let newsroom: GhostNewsroom
let services: Services
let siteId = ''
const publish = (articleId: string): Promise<PublishJob> => newsroom.publish(articleId)

async function raw(id: string, collection: 'posts' | 'pages' = 'posts'): Promise<RawPost> {
  const body = (await ghost.adminRequest(
    'GET',
    `${collection}/${id}/?formats=html,lexical&include=tags`,
  )) as Record<string, RawPost[]>
  return body[collection]?.[0] as RawPost
}

/** A post made through Ghost's own Admin API, not by Copydesk. */
async function sitePost(
  title: string,
  html = CARD_POST,
  fields: Record<string, unknown> = {},
): Promise<RawPost> {
  const body = (await ghost.adminRequest('POST', 'posts/?source=html&formats=html,lexical', {
    posts: [
      {
        title,
        html,
        status: 'published',
        custom_excerpt: 'A new plant.',
        tags: [{ name: 'Plants' }, { name: 'Lyon' }, { name: '#newsletter' }],
        ...fields,
      },
    ],
  })) as { posts: RawPost[] }
  return body.posts[0] as RawPost
}

const postCount = async () => {
  const body = (await ghost.adminRequest('GET', 'posts/?limit=1&fields=id')) as {
    meta: { pagination: { total: number } }
  }
  return body.meta.pagination.total
}

/**
 * Opens a post as the window does, with the window's reading of its HTML stood in for by the
 * same text in Markdown (the window's paste reading is covered by tests/e2e/openFromSite).
 */
async function openPost(id: string, type: 'post' | 'page' = 'post'): Promise<string> {
  const body = await services.sitePosts.read({ siteId, type, postId: id })
  expect(body.format).toBe('html')
  const text = body.text.replace(/<\/(p|h2|li|blockquote)>/g, '\n\n').replace(/<[^>]+>/g, '')
  const opened = await services.sitePosts.open({
    siteId,
    type,
    postId: id,
    doc: parseMarkdown(text),
    version: body.version,
  })
  return opened.id
}

beforeAll(async () => {
  newsroom = await startGhostNewsroom('copydesk-open-ghost-')
  ;({ ghost, services, siteId } = newsroom)
}, 900_000)

afterAll(async () => {
  await newsroom?.close()
})

describe('posts made in Ghost', () => {
  it('are listed with title, date, status and author, found by a search, a page at a time', async () => {
    for (let i = 1; i <= 21; i++) await sitePost(`Paging story ${i}`, '<p>Short.</p>')
    const first = await services.sitePosts.list({ siteId, search: 'paging story' })
    expect(first.items).toHaveLength(20)
    expect(first.hasMore).toBe(true)
    expect(first.items[0]).toMatchObject({ status: 'published', author: 'Test Owner' })
    expect(first.items[0]?.date).toMatch(/^\d{4}-\d\d-\d\dT/)
    const second = await services.sitePosts.list({ siteId, search: 'paging story', page: 2 })
    expect(second.items).toHaveLength(1)
    expect(second.hasMore).toBe(false)
    const quoted = await services.sitePosts.list({ siteId, search: "it's \\ odd" })
    expect(quoted.items).toEqual([])
  })

  it('are listed as Ghost lists them: scheduled, drafts, then published newest first, each dated', async () => {
    const day = 24 * 60 * 60 * 1000
    const short = '<p>Short.</p>'
    const old = await sitePost('Order check old', short, { published_at: '2020-03-01T09:00:00Z' })
    await sitePost('Order check recent', short, { published_at: '2024-05-01T09:00:00Z' })
    const draft = await sitePost('Order check draft', short, { status: 'draft' })
    const soon = new Date(Math.floor((Date.now() + 30 * day) / 1000) * 1000).toISOString()
    await sitePost('Order check scheduled', short, { status: 'scheduled', published_at: soon })
    // Fixed today: the oldest post is the one changed last.
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await ghost.adminRequest('PUT', `posts/${old.id}/`, {
      posts: [{ title: 'Order check old, fixed', updated_at: old.updated_at }],
    })

    const { items } = await services.sitePosts.list({ siteId, search: 'order check' })
    expect(items.map((item) => [item.title, item.status])).toEqual([
      ['Order check scheduled', 'scheduled'],
      ['Order check draft', 'draft'],
      ['Order check recent', 'published'],
      ['Order check old, fixed', 'published'],
    ])
    expect(items.map((item) => item.date && Date.parse(item.date))).toEqual([
      Date.parse(soon),
      Date.parse(draft.updated_at),
      Date.parse('2024-05-01T09:00:00Z'),
      Date.parse('2020-03-01T09:00:00Z'),
    ])
  })

  it('open as an article linked to the post, and an Update without an edit changes nothing', async () => {
    const post = await sitePost('Lyon opens')
    const articleId = await openPost(post.id)
    const article = await services.library.get(articleId)
    expect(article.meta).toMatchObject({
      title: 'Lyon opens',
      excerpt: 'A new plant.',
      category: 'Plants',
      tags: ['Lyon'],
    })
    expect(article.publications?.[siteId]).toMatchObject({ remoteId: post.id, kind: 'ghost' })

    const plan = await services.publish.plan(articleId, siteId)
    expect(plan.plan?.changes.find((c) => c.target.startsWith('Post'))?.action).toBe('update')
    const job = await publish(articleId)
    expect(job.state, job.message ?? '').toBe('done')
    const after = await raw(post.id)
    expect(after.updated_at).toBe(post.updated_at)
    expect(after.lexical).toBe(post.lexical)
  })

  it('an edited title changes the title alone; an edited text updates the same post', async () => {
    const post = await sitePost('Title only')
    const articleId = await openPost(post.id)
    const before = await postCount()
    await services.library.save({ id: articleId, meta: { title: 'Title only, edited' } }, 'Test')
    expect((await publish(articleId)).state).toBe('done')
    const retitled = await raw(post.id)
    expect(retitled.title).toBe('Title only, edited')
    expect(retitled.lexical).toBe(post.lexical)
    expect(retitled.tags.map((t) => t.name)).toEqual(['Plants', 'Lyon', '#newsletter'])

    const current = await services.library.get(articleId)
    const doc = structuredClone(current.doc)
    doc.content?.push({ type: 'paragraph', content: [{ type: 'text', text: 'Added line.' }] })
    await services.library.save({ id: articleId, doc }, 'Test')
    const job = await publish(articleId)
    expect(job.state, job.message ?? '').toBe('done')
    const edited = await raw(post.id)
    expect(edited.html).toContain('Added line.')
    expect(edited.html).toContain('Our plant in Lyon opens')
    expect(edited.custom_excerpt).toBe('A new plant.')
    expect(await postCount()).toBe(before)
  })

  it('with an author no staff user has: the plan says the post keeps its own author', async () => {
    const post = await sitePost('Author check', '<p>Words.</p>')
    const articleId = await openPost(post.id)
    await services.library.save({ id: articleId, meta: { author: 'Bea Nobody' } }, 'Test')
    expect((await services.publish.plan(articleId, siteId)).plan?.summary).toContain(
      'No user of the site called “Bea Nobody” could be found, so the post keeps the author it has.',
    )
    await services.library.save({ id: articleId, meta: { author: 'test owner' } }, 'Test')
    expect((await services.publish.plan(articleId, siteId)).plan?.summary).not.toContain('No user')
  })

  it('a page opens from the Pages list and its Update goes to the page, not a new post', async () => {
    const created = (await ghost.adminRequest('POST', 'pages/?source=html&formats=html,lexical', {
      pages: [{ title: 'About the plant', html: '<p>Since 1962.</p>', status: 'published' }],
    })) as { pages: RawPost[] }
    const page = created.pages[0] as RawPost
    const listed = await services.sitePosts.list({
      siteId,
      type: 'page',
      search: 'About the plant',
    })
    expect(listed.items.map((item) => item.id)).toEqual([page.id])
    const before = await postCount()
    const articleId = await openPost(page.id, 'page')
    await services.library.save({ id: articleId, meta: { title: 'About our plant' } }, 'Test')
    const job = await publish(articleId)
    expect(job.state, job.message ?? '').toBe('done')
    const after = await raw(page.id, 'pages')
    expect(after.title).toBe('About our plant')
    expect(after.lexical).toBe(page.lexical)
    expect(await postCount()).toBe(before)
  })

  it('edited in Ghost since it was opened: the Update stops with both versions', async () => {
    const post = await sitePost('Changed there', '<p>First words.</p>')
    const articleId = await openPost(post.id)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await ghost.adminRequest('PUT', `posts/${post.id}/?source=html`, {
      posts: [{ html: '<p>Changed in Ghost.</p>', updated_at: post.updated_at }],
    })
    await services.library.save({ id: articleId, meta: { title: 'Changed here' } }, 'Test')
    const job = await publish(articleId)
    expect(job.state).toBe('conflict')
    expect(job.message).toContain('Someone changed this post in Ghost since it was opened')
    expect(job.conflict?.theirs).toContain('Changed in Ghost.')
    expect(job.conflict?.ours).toContain('First words.')
    expect((await raw(post.id)).title).toBe('Changed there')
  })

  it('saved in Ghost between Copydesk’s read and its write: Ghost’s refusal reads plainly', async () => {
    const post = await sitePost('Raced', '<p>Before the race.</p>')
    let raced = false
    const racing: typeof fetch = async (input, init) => {
      if (init?.method === 'PUT' && !raced) {
        raced = true
        await new Promise((resolve) => setTimeout(resolve, 1100))
        await ghost.adminRequest('PUT', `posts/${post.id}/`, {
          posts: [{ title: 'Saved in Ghost', updated_at: post.updated_at }],
        })
      }
      return fetch(input, init)
    }
    const client = new GhostClient({ adminUrl: ghost.url, adminKey: ghost.adminKey, fetch: racing })
    const update = updateOpenedGhostPost(
      client,
      post.id,
      { updatedAt: post.updated_at, opened: { bodyHash: '', collection: 'posts' } },
      {
        post: { title: 'Raced, edited', slug: 'raced', html: '<p>Ours.</p>', status: 'published' },
        overwrite: false,
      },
    )
    const error = await update.catch((e: unknown) => e)
    expect(raced).toBe(true)
    expect(error).toBeInstanceOf(PublishError)
    expect((error as PublishError).kind).toBe('conflict')
    expect((error as PublishError).message).toBe(
      'Someone changed this post in Ghost since it was opened in Copydesk. Compare both versions, then overwrite it or keep theirs.',
    )
    expect((await raw(post.id)).title).toBe('Saved in Ghost')
  })

  it('edited in Ghost while it was opening: nothing is opened, and the person is told', async () => {
    const post = await sitePost('Changed while opening', '<p>Read first.</p>')
    const ref = { siteId, type: 'post' as const, postId: post.id }
    const body = await services.sitePosts.read(ref)
    await ghost.adminRequest('PUT', `posts/${post.id}/?source=html`, {
      posts: [{ html: '<p>Written in Ghost a moment later.</p>', updated_at: post.updated_at }],
    })
    const before = services.library.list({}).total
    await expect(
      services.sitePosts.open({ ...ref, doc: parseMarkdown('Read first.'), version: body.version }),
    ).rejects.toThrow('The post changed on the site while it was opening. Open it again.')
    expect(services.library.list({}).total).toBe(before)
  })

  it('an opened post taken back to draft keeps its body as Ghost’s editor made it', async () => {
    const post = await sitePost('Back to draft')
    const articleId = await openPost(post.id)
    await services.publish.unpublish(articleId, siteId, 'draft')
    await services.publish.idle()
    const after = await raw(post.id)
    expect(after.status).toBe('draft')
    expect(after.lexical).toBe(post.lexical)
  })
})

/** The window, with the built renderer (`npx electron-vite build` first), on the same Ghost. */
describe('the Open-a-post dialog on a Ghost site', () => {
  let harness: Harness
  let uiDir = ''
  const ghostSite = (): SiteProfile => ({
    id: 'ghost-news',
    name: 'Ghost News',
    url: ghost.url,
    categories: [],
    navigation: [],
    theme: { kind: 'builtin', id: 'newsroom' },
    target: { kind: 'ghost', adminUrl: ghost.url },
  })

  beforeAll(async () => {
    uiDir = await mkdtemp(join(tmpdir(), 'copydesk-ghost-ui-'))
    if (SHOTS_DIR) await mkdir(SHOTS_DIR, { recursive: true })
    const settingsPath = join(uiDir, 'settings.json')
    await writeFile(
      settingsPath,
      JSON.stringify({ sites: [ghostSite()], settings: { userName: 'Ana' } }),
    )
    harness = await startHarness({
      settingsPath,
      libraryPath: join(uiDir, 'Library'),
      // The editor's Download reaches the Ghost on this computer.
      fetchForDocument: createGuardedFetch({ allowedHosts: ['127.0.0.1'] }),
    })
    await harness.services.secrets.set('site:ghost-news:adminKey', ghost.adminKey)
  }, 240_000)

  afterAll(async () => {
    await harness?.close()
    if (uiDir) await rm(uiDir, { recursive: true, force: true })
  })

  async function check(page: Page, screen: string): Promise<void> {
    expect(await seriousViolations(page, { screen })).toEqual([])
    if (!SHOTS_DIR) return
    for (const [width, height] of [
      [1280, 800],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width, height })
      await page.screenshot({ path: join(SHOTS_DIR, `open-from-ghost-${screen}-${width}.png`) })
    }
    await page.setViewportSize({ width: 1280, height: 800 })
  }

  it('finds a post with the keyboard, opens it through the window’s reading, and an Update leaves it as it was', async () => {
    const post = await sitePost('Harbour card story')
    const { page } = harness
    await page.click('[data-testid=transfer-menu]')
    await page.click('[data-testid=open-from-site]')
    await page.waitForSelector('[data-testid=site-post]', WAIT)
    expect(await page.locator('[data-testid=site-posts-type]').count()).toBe(1)
    await page.fill('[data-testid=site-posts-search]', 'harbour card')
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=site-post]').length === 1,
      undefined,
      WAIT,
    )
    await check(page, 'list')
    await page.focus('[data-testid=site-posts-search]')
    await page.keyboard.press('ArrowDown')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'Harbour card story',
    )
    await page.keyboard.press('Enter')
    await page.waitForSelector('[data-testid=open-from-site]', { state: 'detached', ...WAIT })
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent?.includes('A good day for'),
      editor,
      WAIT,
    )
    const [item] = harness.services.library.list({}).items
    const article = await harness.services.library.get(item?.id ?? '')
    expect(article.meta).toMatchObject({ title: 'Harbour card story', siteId: 'ghost-news' })
    await harness.services.publish.publish(article.meta.id, 'ghost-news')
    await harness.services.publish.idle()
    const jobs = await harness.services.publish.jobs(article.meta.id)
    const job = jobs[jobs.length - 1] as PublishJob
    expect(job.state, job.message ?? '').toBe('done')
    const after = await raw(post.id)
    expect(after.updated_at).toBe(post.updated_at)
    expect(after.lexical).toBe(post.lexical)
  })

  it('shows a Ghost site’s pages, and says plainly when nothing matches', async () => {
    const { page } = harness
    await page.click('[data-testid=transfer-menu]')
    await page.click('[data-testid=open-from-site]')
    await page.selectOption('[data-testid=site-posts-type]', 'page')
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid=site-post]')].some((row) =>
          row.textContent?.includes('About'),
        ),
      undefined,
      WAIT,
    )
    await check(page, 'pages')
    await page.fill('[data-testid=site-posts-search]', 'no such words anywhere')
    await page.waitForSelector('[data-testid=site-posts-empty]', WAIT)
    expect(await page.textContent('[data-testid=site-posts-empty]')).toBe(
      'No page on Ghost News matches “no such words anywhere”.',
    )
    await page.keyboard.press('Escape')
  })

  it('downloads an opened post’s images in the editor; an Update then leaves Ghost as it was', async () => {
    const quay = await ghost.uploadImage(makePng(80, 60), 'window-quay.png')
    const post = await sitePost(
      'Quay in the window',
      `<p>The quay from the river.</p><figure class="kg-card kg-image-card"><img src="${quay}" class="kg-image" alt="The quay"></figure>`,
      { feature_image: quay },
    )
    const files = await ghost.imageFiles()
    const { page } = harness
    await page.click('[data-testid=transfer-menu]')
    await page.click('[data-testid=open-from-site]')
    await page.fill('[data-testid=site-posts-search]', 'Quay in the window')
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=site-post]').length === 1,
      undefined,
      WAIT,
    )
    await page.click('[data-testid=site-post]')
    await page.waitForSelector('[data-testid=open-from-site]', { state: 'detached', ...WAIT })
    await page.waitForSelector('[data-testid=web-images-notice]', WAIT)
    await page.click('[data-testid=download-web-images]')
    await page.waitForSelector(`${editor} img[alt="The quay"][src^="/media/"]`, WAIT)
    const item = harness.services.library.list({}).items.find((i) => i.title === post.title)
    const articleId = item?.id ?? ''
    // The download is saved with the next autosave.
    for (let tries = 0; tries < 100; tries++) {
      const { doc } = await harness.services.library.get(articleId)
      if (JSON.stringify(doc).includes('asset:')) break
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    const plan = await harness.services.publish.plan(articleId, 'ghost-news')
    expect(plan.plan?.changes.filter((c) => c.action === 'upload')).toEqual([])
    await harness.services.publish.publish(articleId, 'ghost-news')
    await harness.services.publish.idle()
    const jobs = await harness.services.publish.jobs(articleId)
    const job = jobs[jobs.length - 1] as PublishJob
    expect(job.state, job.message ?? '').toBe('done')
    const after = await raw(post.id)
    expect(after.updated_at).toBe(post.updated_at)
    expect(after.html).toBe(post.html)
    expect(await ghost.imageFiles()).toEqual(files)
  })
})
