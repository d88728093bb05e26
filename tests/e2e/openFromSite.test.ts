import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PublishJob } from '../../src/shared/publish/Publish'
import type { SiteProfile } from '../../src/shared/sites/SiteProfile'
import { createGuardedFetch } from '../../src/main/security/createGuardedFetch'
import { makePng } from '../fixtures/makePng'
import { seriousViolations } from '../harness/seriousViolations'
import { startHarness, type Harness } from '../harness/startHarness'
import { seedRepo, startGitServer, type GitServer } from '../peers/gitServer'
import { gitSite } from '../peers/gitSite'
import { startWordPress, type WordPressPeer } from '../peers/wordpress'

const WAIT = { timeout: 20_000 }
/** Set to a folder to keep pictures of the dialog (`SHOTS_DIR=/tmp/shots`). */
const SHOTS_DIR = process.env.SHOTS_DIR
const editor = '.ui-pane-editor > .ui-editor-scroll [data-testid=editor] .ProseMirror'

/** Written in WordPress's block editor: a gallery and an embed the editor cannot show. */
const BLOCK_POST = [
  '<!-- wp:paragraph -->\n<p>Our plant in Lyon opens <strong>next week</strong>.</p>\n<!-- /wp:paragraph -->',
  '<!-- wp:heading -->\n<h2 class="wp-block-heading">What changes</h2>\n<!-- /wp:heading -->',
  '<!-- wp:gallery {"linkTo":"none"} -->\n<figure class="wp-block-gallery has-nested-images columns-default"></figure>\n<!-- /wp:gallery -->',
  '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=abc","type":"video"} -->\n<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=abc\n</div></figure>\n<!-- /wp:embed -->',
].join('\n\n')

let wp: WordPressPeer
let git: GitServer
let dir = ''
let harness: Harness
const TOKEN = 'open-e2e-token'

async function rest<T>(route: string, json?: unknown): Promise<T> {
  const auth = Buffer.from(`admin:${wp.admin.appPassword}`).toString('base64')
  const response = await fetch(`${wp.url}wp-json${route}`, {
    method: json === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/json' },
    body: json === undefined ? undefined : JSON.stringify(json),
  })
  expect(response.ok, `${route}: ${response.status}`).toBe(true)
  return (await response.json()) as T
}

interface RawPost {
  id: number
  content: { raw: string }
  modified_gmt: string
}

const findings: string[] = []

async function check(page: Page, screen: string): Promise<void> {
  findings.push(...(await seriousViolations(page, { screen })))
  if (SHOTS_DIR) {
    for (const [width, height] of [
      [1280, 800],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width, height })
      await page.screenshot({ path: join(SHOTS_DIR, `open-from-site-${screen}-${width}.png`) })
    }
    await page.setViewportSize({ width: 1280, height: 800 })
  }
}

async function openDialog(page: Page): Promise<void> {
  await page.click('[data-testid=transfer-menu]')
  await page.click('[data-testid=open-from-site]')
  await page.waitForSelector('[data-testid=open-from-site]', WAIT)
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-e2e-open-'))
  if (SHOTS_DIR) await mkdir(SHOTS_DIR, { recursive: true })
  wp = await startWordPress()
  git = await startGitServer([{ username: 'editor', password: TOKEN }])
  seedRepo(git, 'harbour.git', {
    'content/posts/quay.md':
      '---\ntitle: Harbour opens a second quay\ndate: 2025-03-04\nweight: 3\n---\n\nThe quay opens on Monday.\n',
  })
  const wordpressSite: SiteProfile = {
    id: 'company-news',
    name: 'Company News',
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
  }
  const lockedSite: SiteProfile = { ...wordpressSite, id: 'locked-news', name: 'Locked News' }
  const gitProfile = { ...gitSite(git.url('harbour.git'), 'hugo'), id: 'harbour-git' }
  const settingsPath = join(dir, 'settings.json')
  await writeFile(
    settingsPath,
    JSON.stringify({
      sites: [wordpressSite, gitProfile, lockedSite],
      settings: { userName: 'Ana' },
    }),
  )
  harness = await startHarness({
    settingsPath,
    libraryPath: join(dir, 'Library'),
    // The post's images are on the WordPress peer, on 127.0.0.1, which the app never fetches.
    fetchForDocument: createGuardedFetch({ allowedHosts: ['127.0.0.1'] }),
  })
  await harness.services.secrets.set('site:company-news:appPassword', wp.admin.appPassword)
  await harness.services.secrets.set('site:locked-news:appPassword', 'wrong pass word')
  await harness.services.secrets.set('site:harbour-git:token', TOKEN)
}, 240_000)

afterAll(async () => {
  await harness?.close()
  await git?.close()
  await wp?.stop()
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('open a post from a site', () => {
  it('finds a block-editor post with the keyboard, opens it, and an Update leaves it as it was', async () => {
    const post = await rest<RawPost>('/wp/v2/posts', {
      title: 'Lyon opens',
      content: BLOCK_POST,
      status: 'publish',
    })
    const before = await rest<RawPost>(`/wp/v2/posts/${post.id}?context=edit`)
    const { page } = harness
    await openDialog(page)
    await page.waitForSelector('[data-testid=site-post]', WAIT)
    await check(page, 'list')

    await page.fill('[data-testid=site-posts-search]', 'Lyon')
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=site-post]').length === 1,
      undefined,
      WAIT,
    )
    await page.focus('[data-testid=site-posts-search]')
    await page.keyboard.press('ArrowDown')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Lyon opens')
    await page.keyboard.press('Enter')
    await page.waitForSelector('[data-testid=open-from-site]', { state: 'detached', ...WAIT })
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent?.includes('Our plant in Lyon'),
      editor,
      WAIT,
    )

    const [item] = harness.services.library.list({}).items
    const article = await harness.services.library.get(item?.id ?? '')
    expect(article.meta.title).toBe('Lyon opens')
    expect(article.meta.siteId).toBe('company-news')
    await harness.services.publish.publish(article.meta.id, 'company-news')
    await harness.services.publish.idle()
    const jobs = await harness.services.publish.jobs(article.meta.id)
    const job = jobs[jobs.length - 1] as PublishJob
    expect(job.state, job.message ?? '').toBe('done')
    const after = await rest<RawPost>(`/wp/v2/posts/${post.id}?context=edit`)
    expect(after.content.raw).toBe(before.content.raw)
    expect(after.modified_gmt).toBe(before.modified_gmt)
  })

  it('offers to download an opened post’s images; downloaded, an Update still changes nothing', async () => {
    const auth = Buffer.from(`admin:${wp.admin.appPassword}`).toString('base64')
    const upload = await fetch(`${wp.url}wp-json/wp/v2/media`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${auth}`,
        'Content-Type': 'image/png',
        'Content-Disposition': 'attachment; filename="plant.png"',
      },
      body: new Uint8Array(makePng(80, 60)),
    })
    const media = (await upload.json()) as { id: number; source_url: string }
    const post = await rest<RawPost>('/wp/v2/posts', {
      title: 'Plant photo',
      status: 'publish',
      content: [
        '<!-- wp:paragraph -->\n<p>The plant from the river.</p>\n<!-- /wp:paragraph -->',
        `<!-- wp:image {"id":${media.id}} -->\n<figure class="wp-block-image"><img src="${media.source_url}" alt="The plant" class="wp-image-${media.id}"/></figure>\n<!-- /wp:image -->`,
      ].join('\n\n'),
    })
    const before = await rest<RawPost>(`/wp/v2/posts/${post.id}?context=edit`)
    const mediaCount = async () => (await rest<unknown[]>('/wp/v2/media?per_page=100')).length
    const uploads = await mediaCount()
    const { page } = harness
    await openDialog(page)
    await page.fill('[data-testid=site-posts-search]', 'Plant photo')
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=site-post]').length === 1,
      undefined,
      WAIT,
    )
    await page.click('[data-testid=site-post]')
    await page.waitForSelector('[data-testid=open-from-site]', { state: 'detached', ...WAIT })
    await page.waitForSelector('[data-testid=web-images-notice]', WAIT)
    expect(await page.textContent('[data-testid=web-images-notice]')).toContain(
      '1 image is still on another site',
    )
    await check(page, 'web-images')
    await page.click('[data-testid=download-web-images]')
    await page.waitForSelector(`${editor} img[alt="The plant"][src^="/media/"]`, WAIT)
    await page.waitForSelector('[data-testid=web-images-notice]', { state: 'detached', ...WAIT })

    const [item] = harness.services.library.list({}).items
    // The download is saved with the next autosave.
    const articleId = item?.id ?? ''
    for (let tries = 0; tries < 100; tries++) {
      const { doc } = await harness.services.library.get(articleId)
      if (JSON.stringify(doc).includes('asset:')) break
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    await harness.services.publish.publish(item?.id ?? '', 'company-news')
    await harness.services.publish.idle()
    const jobs = await harness.services.publish.jobs(item?.id ?? '')
    const job = jobs[jobs.length - 1] as PublishJob
    expect(job.state, job.message ?? '').toBe('done')
    const after = await rest<RawPost>(`/wp/v2/posts/${post.id}?context=edit`)
    expect(after.content.raw).toBe(before.content.raw)
    expect(after.modified_gmt).toBe(before.modified_gmt)
    expect(await mediaCount()).toBe(uploads)
  })

  it('says when nothing matches, lists a git site’s posts, and says why a site cannot be read', async () => {
    const { page } = harness
    await openDialog(page)
    await page.fill('[data-testid=site-posts-search]', 'no such words anywhere')
    await page.waitForSelector('[data-testid=site-posts-empty]', WAIT)
    await check(page, 'empty')

    await page.fill('[data-testid=site-posts-search]', '')
    await page.selectOption('[data-testid=site-posts-site]', 'harbour-git')
    await page.waitForSelector('[data-testid=site-post]', WAIT)
    expect(await page.textContent('[data-testid=site-post]')).toContain(
      'Harbour opens a second quay',
    )
    await check(page, 'git')

    await page.selectOption('[data-testid=site-posts-site]', 'locked-news')
    await page.waitForSelector('[data-testid=site-posts-error]', WAIT)
    expect(await page.textContent('[data-testid=site-posts-error]')).toMatch(
      /password|rejected|sign/i,
    )
    await check(page, 'error')
    await page.keyboard.press('Escape')
    expect(findings).toEqual([])
  })
})
