import { existsSync, readFileSync } from 'node:fs'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../harness/startHarness'
import { checkout, seedRepo, startGitServer, type GitServer } from '../peers/gitServer'
import { HUGO_SITE } from '../peers/ssg'
import { startWordPress, type WordPressPeer } from '../peers/wordpress'

/** The machine running these may be busy; waits are generous but never sleeps. */
const WAIT = { timeout: 30_000 }
const editor = '.ui-pane-editor > .ui-editor-scroll [data-testid=editor] .ProseMirror'

async function openSites(page: Page): Promise<void> {
  await page.click('[data-testid=open-settings]')
  await page.click('[data-testid=settings-tab-sites]')
}

async function closeSettings(page: Page): Promise<void> {
  await page.click('[data-testid=settings-dialog] .ui-modal-footer button')
  await page.waitForSelector('[data-testid=settings-dialog]', { state: 'detached' })
}

/** Adds a site with a name and address, then picks how it publishes. */
async function addSite(page: Page, name: string, url: string, kind: string): Promise<void> {
  await page.click('[data-testid=sites-empty] button')
  await page.fill('[data-testid=site-name]', name)
  await page.fill('[data-testid=site-url]', url)
  await page.selectOption('[data-testid=site-target-kind]', kind)
}

async function saveSite(page: Page): Promise<void> {
  await page.click('[data-testid=site-save]')
  await page.waitForSelector('[data-testid=site-item]', WAIT)
  await page.waitForFunction(
    // Saved and nothing left unsaved: the connection test becomes available.
    () =>
      (document.querySelector('[data-testid=site-test-connection]') as HTMLButtonElement | null)
        ?.disabled === false,
    undefined,
    WAIT,
  )
}

async function testConnection(page: Page): Promise<{ ok: boolean; message: string }> {
  await page.click('[data-testid=site-test-connection]')
  const report = await page.waitForSelector('[data-testid=site-connection-report]', WAIT)
  const ok = (await report.getAttribute('data-ok')) === 'yes'
  const message = (await report.textContent()) ?? ''
  return { ok, message }
}

/** Writes an article for the site and publishes it from the dialog; returns the shown URL. */
async function writeAndPublish(page: Page, title: string, body: string): Promise<string> {
  await page.click('[data-testid=new-article-empty], [data-testid=new-article]')
  await page.fill('[data-testid=title-input]', title)
  await page.click(editor)
  await page.keyboard.type(body)
  const siteOption = await page.$eval(
    '[data-testid=meta-site] option:nth-child(2)',
    (option) => (option as HTMLOptionElement).value,
  )
  await page.selectOption('[data-testid=meta-site]', siteOption)
  await page.waitForFunction(
    () => document.querySelector('[data-testid=save-state]')?.textContent?.trim() === 'Saved',
    undefined,
    WAIT,
  )
  await page.click('[data-testid=open-publish]')
  await page.waitForSelector('[data-testid=publish-plan]', WAIT)
  expect(await page.textContent('[data-testid=publish-plan]')).toContain(title)
  await page.click('[data-testid=publish-confirm]')
  await page.waitForSelector('[data-testid=publish-url]', { timeout: 60_000 })
  return (await page.textContent('[data-testid=publish-url]')) ?? ''
}

describe('publishing to a git site from the app', () => {
  const TOKEN = 'ghp-e2e-7c1d-token'
  let server: GitServer
  let bare: string
  let harness: Harness

  beforeAll(async () => {
    server = await startGitServer([{ username: 'editor', password: TOKEN, write: true }])
    bare = seedRepo(server, 'site.git', HUGO_SITE)
    harness = await startHarness()
  })
  afterAll(async () => {
    await harness?.close()
    await server?.close()
  })

  it('configures the site, tests the connection and publishes with one click', async () => {
    const { page } = harness
    await openSites(page)
    await addSite(page, 'Harbour News', 'https://news.example.com/', 'git')
    await page.getByLabel('Repository address').fill(server.url('site.git'))
    await page.getByLabel('User name').fill('editor')
    await saveSite(page)

    // Without a token the test says what is missing, in plain words.
    const missing = await testConnection(page)
    expect(missing.ok).toBe(false)
    expect(missing.message).toMatch(/token/i)

    await page.getByLabel('Access token').fill('wrong-token')
    await page.click('button:has-text("Save token")')
    await page.waitForSelector('text=Token saved', WAIT)
    const rejected = await testConnection(page)
    expect(rejected.ok).toBe(false)
    expect(rejected.message).toMatch(/rejected/i)
    expect(rejected.message).not.toContain('wrong-token')

    await page.getByLabel('Access token').fill(TOKEN)
    await page.click('button:has-text("Save token")')
    await page.waitForSelector('text=Token saved', WAIT)
    const connected = await testConnection(page)
    expect(connected).toMatchObject({ ok: true })
    await closeSettings(page)

    const url = await writeAndPublish(
      page,
      'Harbour opens a third berth',
      'The new berth takes ships of up to 300 metres.',
    )
    expect(url).toMatch(/^https:\/\/news\.example\.com\/.*harbour-opens-a-third-berth/)

    const work = checkout(bare)
    try {
      const post = join(work, 'content/posts/harbour-opens-a-third-berth.md')
      expect(existsSync(post)).toBe(true)
      const text = readFileSync(post, 'utf8')
      expect(text).toContain('Harbour opens a third berth')
      expect(text).toContain('The new berth takes ships of up to 300 metres.')
      expect(text).not.toContain(TOKEN)
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  })

  it('with the site down, Publish still queues; the outbox publishes and the list says so', async () => {
    const { page } = harness
    await page.click('[data-testid=publish-close]')
    await page.waitForSelector('[data-testid=publish-dialog]', { state: 'detached' })
    await server.stop()
    const rows = await page.locator('[data-testid=article-row]').count()
    await page.click('[data-testid=new-article]')
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid=article-row]').length === count + 1,
      rows,
      WAIT,
    )
    await page.fill('[data-testid=title-input]', 'Night ferry returns')
    await page.click(editor)
    await page.keyboard.type('The night ferry sails again from May.')
    const row = page.locator('[data-testid=article-row]', { hasText: 'Night ferry returns' })
    await row.waitFor(WAIT)
    await page.waitForFunction(
      () => document.querySelector('[data-testid=save-state]')?.textContent?.trim() === 'Saved',
      undefined,
      WAIT,
    )
    await page.click('[data-testid=open-publish]')
    const checks = await page.waitForSelector('[data-testid=publish-checks]', WAIT)
    expect(await checks.textContent()).toMatch(/goes out by itself when the site answers again/)
    const confirm = page.locator('[data-testid=publish-confirm]')
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid=publish-confirm]') as HTMLButtonElement | null)
          ?.disabled === false,
      undefined,
      WAIT,
    )
    await confirm.click()
    await page.waitForSelector('[data-testid=publish-waiting]', WAIT)
    await page.click('[data-testid=publish-close]')
    await page.waitForSelector('[data-testid=publish-dialog]', { state: 'detached' })

    // The outbox retries by itself (5 s after the failure); nobody opens the dialog again.
    await server.start()
    await row.locator('.ui-badge-published').waitFor({ timeout: 60_000 })
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid=publication-line]')
          ?.textContent?.includes('Published') === true,
      undefined,
      WAIT,
    )
    const work = checkout(bare)
    try {
      expect(existsSync(join(work, 'content/posts/night-ferry-returns.md'))).toBe(true)
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  })

  it('an edit after publishing shows "Changed since publish" with the diff, and Update sends it', async () => {
    const { page } = harness
    const row = page.locator('[data-testid=article-row]', { hasText: 'Night ferry returns' })
    await page.click(editor)
    await page.keyboard.press('End')
    await page.keyboard.type(' Tickets go on sale in April.')
    await row.locator('[data-testid=changed-since-publish]').waitFor(WAIT)
    expect(await page.textContent('[data-testid=publication-line]')).toContain(
      'Changed since publish',
    )

    await page.click('[data-testid=published-changes-show]')
    const diff = await page.textContent(
      '[data-testid=published-changes] [data-testid=publish-diff]',
    )
    expect(diff).toContain('- The night ferry sails again from May.')
    expect(diff).toContain('+ The night ferry sails again from May. Tickets go on sale in April.')

    await page.click('[data-testid=published-changes-update]')
    await page.waitForSelector('[data-testid=publish-plan]', WAIT)
    await page.click('[data-testid=publish-confirm]')
    await page.waitForSelector('[data-testid=publish-url]', { timeout: 60_000 })
    await page.click('[data-testid=publish-close]')
    await row.locator('[data-testid=changed-since-publish]').waitFor({ state: 'detached', ...WAIT })
    await page.waitForSelector('[data-testid=published-changes]', { state: 'detached', ...WAIT })

    const work = checkout(bare)
    try {
      const text = readFileSync(join(work, 'content/posts/night-ferry-returns.md'), 'utf8')
      expect(text).toContain('Tickets go on sale in April.')
    } finally {
      rmSync(work, { recursive: true, force: true })
    }

    // A new title gives a new slug, but a git site keeps the published address: the field says so.
    await page.waitForSelector(
      'text=Follows the title; the post is published at this address.',
      WAIT,
    )
    await page.fill('[data-testid=title-input]', 'Night ferry returns in May')
    await page.waitForSelector(
      'text=Publishing keeps the published address “night-ferry-returns”. Edit the slug to move the post.',
      WAIT,
    )
  })
})

describe('publishing to WordPress from the app', () => {
  let wordpress: WordPressPeer
  let harness: Harness

  beforeAll(async () => {
    wordpress = await startWordPress()
    harness = await startHarness()
  }, 180_000)
  afterAll(async () => {
    await harness?.close()
    await wordpress?.stop()
  })

  it('adds the site, tests the connection and publishes with one click', async () => {
    const { page } = harness
    await openSites(page)
    await addSite(page, 'Harbour Blog', wordpress.url, 'wordpress')
    await page.fill('[data-testid=wordpress-url]', wordpress.url)
    await page.fill('[data-testid=wordpress-username]', wordpress.admin.username)
    await saveSite(page)

    await page.fill('[data-testid=wordpress-password]', 'abcd efgh ijkl mnop qrst uvwx')
    await page.click('[data-testid=wordpress-password-save]')
    await page.waitForSelector('[data-testid=wordpress-password-saved]', WAIT)
    const rejected = await testConnection(page)
    expect(rejected.ok).toBe(false)
    expect(rejected.message).toMatch(/password/i)
    expect(rejected.message).not.toContain('abcd efgh')

    await page.fill('[data-testid=wordpress-password]', wordpress.admin.appPassword)
    await page.click('[data-testid=wordpress-password-save]')
    const connected = await testConnection(page)
    expect(connected.ok).toBe(true)
    expect(connected.message).toContain(wordpress.title)

    // The site's own categories fill the list the details panel offers.
    await page.click('[data-testid=site-fetch-categories]')
    await page.waitForSelector('text=Save to keep them.', WAIT)
    await saveSite(page)
    expect(harness.services.sites.list()[0]?.categories).toContain('Uncategorized')
    await closeSettings(page)

    const url = await writeAndPublish(
      page,
      'Ferry timetable for winter',
      'The winter timetable starts on Monday.',
    )
    expect(url.startsWith(wordpress.url)).toBe(true)
    const live = await fetch(url)
    expect(live.status).toBe(200)
    const html = await live.text()
    expect(html).toContain('Ferry timetable for winter')
    expect(html).toContain('The winter timetable starts on Monday.')
  })
})
