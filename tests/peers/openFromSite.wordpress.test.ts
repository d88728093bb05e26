import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocNode } from '@shared/article/Article'
import type { PublishJob } from '@shared/publish/Publish'
import { createServices, type Services } from '../../src/main/createServices'
import { MemorySecretStore } from '../../src/main/secrets/SecretStore'
import { JsonFileSettingsStore } from '../../src/main/settings/JsonFileSettingsStore'
import { parseMarkdown } from '@shared/render/markdown/parseMarkdown'
import { makePng } from '../fixtures/makePng'
import { startWordPress, type WordPressPeer } from './wordpress'

/** A post as someone wrote it in the block editor: a gallery and an embed Copydesk cannot show. */
const BLOCK_POST = [
  '<!-- wp:paragraph -->\n<p>Our plant in Lyon opens <strong>next week</strong>.</p>\n<!-- /wp:paragraph -->',
  '<!-- wp:heading -->\n<h2 class="wp-block-heading">What changes</h2>\n<!-- /wp:heading -->',
  '<!-- wp:list -->\n<ul><li>Shorter deliveries</li><li>Local jobs</li></ul>\n<!-- /wp:list -->',
  '<!-- wp:gallery {"linkTo":"none"} -->\n<figure class="wp-block-gallery has-nested-images columns-default"></figure>\n<!-- /wp:gallery -->',
  '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=abc","type":"video","providerNameSlug":"youtube"} -->\n<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=abc\n</div></figure>\n<!-- /wp:embed -->',
  '<!-- wp:paragraph -->\n<p>Questions: press@example.com</p>\n<!-- /wp:paragraph -->',
].join('\n\n')

let wp: WordPressPeer
let dir = ''
let services: Services
let siteId = ''

const auth = () => `Basic ${Buffer.from(`admin:${wp.admin.appPassword}`).toString('base64')}`

async function rest<T>(route: string, init: { method?: string; json?: unknown } = {}): Promise<T> {
  const response = await fetch(`${wp.url}wp-json${route}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: auth(), 'Content-Type': 'application/json' },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  })
  expect(response.ok, `${route}: ${response.status}`).toBe(true)
  return (await response.json()) as T
}

interface RawPost {
  id: number
  content: { raw: string }
  title: { raw: string }
  modified_gmt: string
  categories: number[]
  tags: number[]
  status: string
}

const rawPost = (id: number) => rest<RawPost>(`/wp/v2/posts/${id}?context=edit`)

/** A post made through WordPress's own API, not by Copydesk. */
async function sitePost(title: string, content: string): Promise<RawPost> {
  const news = await rest<{ id: number }>('/wp/v2/categories', {
    method: 'POST',
    json: { name: `News ${title}` },
  })
  const plants = await rest<{ id: number }>('/wp/v2/categories', {
    method: 'POST',
    json: { name: `Plants ${title}` },
  })
  const tag = await rest<{ id: number }>('/wp/v2/tags', {
    method: 'POST',
    json: { name: `lyon ${title}` },
  })
  return rest<RawPost>('/wp/v2/posts', {
    method: 'POST',
    json: {
      title,
      content,
      excerpt: 'A new plant.',
      status: 'publish',
      categories: [news.id, plants.id],
      tags: [tag.id],
    },
  })
}

/**
 * Opens a post as the window does, with the window's reading of its HTML stood in for by the
 * same text in Markdown (the window's paste reading is covered by tests/e2e/openFromSite).
 */
async function openPost(id: number): Promise<string> {
  const body = await services.sitePosts.read({ siteId, type: 'post', postId: String(id) })
  expect(body.format).toBe('html')
  const text = body.text.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' ')
  const opened = await services.sitePosts.open({
    siteId,
    type: 'post',
    postId: String(id),
    doc: parseMarkdown(text),
    version: body.version,
  })
  return opened.id
}

async function publish(articleId: string): Promise<PublishJob> {
  await services.publish.publish(articleId, siteId)
  await services.publish.idle()
  const jobs = await services.publish.jobs(articleId)
  return jobs[jobs.length - 1] as PublishJob
}

beforeAll(async () => {
  wp = await startWordPress()
  dir = await mkdtemp(join(tmpdir(), 'copydesk-open-wp-'))
  services = await createServices({
    libraryPath: join(dir, 'Library'),
    settings: new JsonFileSettingsStore(join(dir, 'settings.json')),
    dataPath: join(dir, 'AppData'),
    secrets: new MemorySecretStore(),
    appInfo: { version: '0.0.0', platform: 'linux', runtime: 'browser' },
  })
  const site = await services.sites.create({
    name: 'Company news',
    url: wp.url,
    categories: [],
    navigation: [],
    theme: { kind: 'builtin', id: 'newsroom' },
    target: {
      kind: 'wordpress',
      siteUrl: wp.url,
      username: 'admin',
      postStatus: 'publish',
      unpublishMode: 'draft',
    },
  })
  siteId = site.id
  await services.secrets.set(`site:${siteId}:appPassword`, wp.admin.appPassword)
}, 180_000)

afterAll(async () => {
  await services?.close()
  await wp?.stop()
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('posts made on the site', () => {
  it('are listed with title, date, status and author, and found by a search', async () => {
    await sitePost('Listed plant', '<p>Hello</p>')
    const page = await services.sitePosts.list({ siteId, search: 'Listed plant' })
    expect(page.items[0]).toMatchObject({
      title: 'Listed plant',
      status: 'publish',
      author: 'admin',
    })
    expect(page.items[0]?.date).toMatch(/^\d{4}-\d\d-\d\dT/)
  })

  it('open as an article linked to the post, and an Update without an edit changes nothing', async () => {
    const post = await sitePost('Lyon opens', BLOCK_POST)
    const articleId = await openPost(post.id)
    const article = await services.library.get(articleId)
    expect(article.meta).toMatchObject({ title: 'Lyon opens', excerpt: 'A new plant.' })
    expect(article.publications?.[siteId]).toMatchObject({ remoteId: String(post.id) })

    const plan = await services.publish.plan(articleId, siteId)
    expect(plan.plan?.changes.find((c) => c.target.startsWith('Post'))?.action).toBe('update')

    const job = await publish(articleId)
    expect(job.state, job.message ?? '').toBe('done')
    const after = await rawPost(post.id)
    expect(after.content.raw).toBe(post.content.raw)
    expect(after.categories).toEqual(post.categories)
    expect(after.tags).toEqual(post.tags)
    expect(after.modified_gmt).toBe(post.modified_gmt)
  })

  it('an edited title changes the title alone; an edited text says the blocks go before it does', async () => {
    const post = await sitePost('Title only', BLOCK_POST)
    const articleId = await openPost(post.id)
    await services.library.save({ id: articleId, meta: { title: 'Title only, edited' } }, 'Test')
    expect((await publish(articleId)).state).toBe('done')
    const retitled = await rawPost(post.id)
    expect(retitled.title.raw).toBe('Title only, edited')
    expect(retitled.content.raw).toBe(post.content.raw)
    // Both of its categories, although the article shows the first one only.
    expect(retitled.categories).toEqual(post.categories)

    const current = await services.library.get(articleId)
    const doc = structuredClone(current.doc)
    doc.content?.push({ type: 'paragraph', content: [{ type: 'text', text: 'Added line.' }] })
    await services.library.save({ id: articleId, doc }, 'Test')
    const plan = await services.publish.plan(articleId, siteId)
    expect(plan.plan?.summary).toContain('gallery, embed')
    expect((await publish(articleId)).state).toBe('done')
    const edited = await rawPost(post.id)
    expect(edited.content.raw).toContain('Added line.')
    expect(edited.content.raw).toContain('Our plant in Lyon opens')
  })

  it('a page opens from the Pages list and its Update goes to the page, not a new post', async () => {
    const page = await rest<RawPost>('/wp/v2/pages', {
      method: 'POST',
      json: { title: 'About the plant', content: '<p>Since 1962.</p>', status: 'publish' },
    })
    const listed = await services.sitePosts.list({
      siteId,
      type: 'page',
      search: 'About the plant',
    })
    expect(listed.items.map((item) => item.id)).toEqual([String(page.id)])
    const postsBefore = Number(wp.php("echo wp_count_posts('post')->publish;"))
    const body = await services.sitePosts.read({ siteId, type: 'page', postId: String(page.id) })
    const opened = await services.sitePosts.open({
      siteId,
      type: 'page',
      postId: String(page.id),
      doc: parseMarkdown(body.text.replace(/<[^>]+>/g, '')),
      version: body.version,
    })
    await services.library.save({ id: opened.id, meta: { title: 'About our plant' } }, 'Test')
    expect((await publish(opened.id)).state).toBe('done')
    const after = await rest<RawPost>(`/wp/v2/pages/${page.id}?context=edit`)
    expect(after.title.raw).toBe('About our plant')
    expect(after.content.raw).toBe(page.content.raw)
    expect(Number(wp.php("echo wp_count_posts('post')->publish;"))).toBe(postsBefore)
  })

  it('edited on the site since it was opened: the Update stops with both versions', async () => {
    const post = await sitePost('Changed there', '<p>First words.</p>')
    const articleId = await openPost(post.id)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await rest(`/wp/v2/posts/${post.id}`, {
      method: 'POST',
      json: { content: '<p>Changed on the site.</p>' },
    })
    await services.library.save({ id: articleId, meta: { title: 'Changed here' } }, 'Test')
    const job = await publish(articleId)
    expect(job.state).toBe('conflict')
    expect(job.conflict?.theirs).toContain('Changed on the site.')
    expect(job.conflict?.ours).toContain('First words.')
    expect((await rawPost(post.id)).title.raw).toBe('Changed there')
  })

  it('edited on the site while it was opening: nothing is opened, and the person is told', async () => {
    const post = await sitePost('Changed while opening', '<p>Read first.</p>')
    const ref = { siteId, type: 'post' as const, postId: String(post.id) }
    const body = await services.sitePosts.read(ref)
    await rest(`/wp/v2/posts/${post.id}`, {
      method: 'POST',
      json: { content: '<p>Written on the site a moment later.</p>' },
    })
    const before = services.library.list({}).total
    await expect(
      services.sitePosts.open({ ...ref, doc: parseMarkdown('Read first.'), version: body.version }),
    ).rejects.toThrow('The post changed on the site while it was opening. Open it again.')
    expect(services.library.list({}).total).toBe(before)
  })

  it('its images downloaded into the article: an Update uploads none and leaves the post as it was', async () => {
    const png = makePng(64, 48)
    const upload = await fetch(`${wp.url}wp-json/wp/v2/media`, {
      method: 'POST',
      headers: {
        Authorization: auth(),
        'Content-Type': 'image/png',
        'Content-Disposition': 'attachment; filename="quay-photo.png"',
      },
      body: new Uint8Array(png),
    })
    const media = (await upload.json()) as { id: number; source_url: string }
    const post = await sitePost(
      'Quay photo',
      [
        '<!-- wp:paragraph -->\n<p>The quay at dawn.</p>\n<!-- /wp:paragraph -->',
        `<!-- wp:image {"id":${media.id}} -->\n<figure class="wp-block-image"><img src="${media.source_url}" alt="The quay" class="wp-image-${media.id}"/></figure>\n<!-- /wp:image -->`,
      ].join('\n\n'),
    )
    const image = (src: string): DocNode => ({ type: 'image', attrs: { src, alt: 'The quay' } })
    const text: DocNode = {
      type: 'paragraph',
      content: [{ type: 'text', text: 'The quay at dawn.' }],
    }
    const ref = { siteId, type: 'post' as const, postId: String(post.id) }
    const { version } = await services.sitePosts.read(ref)
    const opened = await services.sitePosts.open({
      ...ref,
      doc: { type: 'doc', content: [text, image(media.source_url)] },
      version,
    })
    const mediaCount = async () => (await rest<unknown[]>('/wp/v2/media?per_page=100')).length
    const before = await mediaCount()

    // What the editor's Download does: main stores the bytes, the document points at the copy.
    const bytes = new Uint8Array(await (await fetch(media.source_url)).arrayBuffer())
    const asset = await services.library.importAsset({
      articleId: opened.id,
      fileName: 'quay-photo.png',
      mimeType: 'image/png',
      bytes,
    })
    const downloaded: DocNode = { type: 'doc', content: [text, image(asset.src)] }
    await services.library.save({ id: opened.id, doc: downloaded }, 'Test')

    const plan = await services.publish.plan(opened.id, siteId)
    expect(plan.plan?.changes.filter((c) => c.action === 'upload')).toEqual([])
    const job = await publish(opened.id)
    expect(job.state, job.message ?? '').toBe('done')
    const same = await rawPost(post.id)
    expect(same.content.raw).toBe(post.content.raw)
    expect(same.modified_gmt).toBe(post.modified_gmt)
    expect(await mediaCount()).toBe(before)

    const edited: DocNode = {
      ...downloaded,
      content: [
        text,
        image(asset.src),
        { type: 'paragraph', content: [{ type: 'text', text: 'Added line.' }] },
      ],
    }
    await services.library.save({ id: opened.id, doc: edited }, 'Test')
    expect((await publish(opened.id)).state).toBe('done')
    const after = await rawPost(post.id)
    expect(after.content.raw).toContain('Added line.')
    expect(after.content.raw).toContain(`src="${media.source_url}"`)
    expect(await mediaCount()).toBe(before)
  })
})
