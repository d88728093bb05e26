import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocNode } from '../../src/shared/article/Article'
import type { SiteProfile } from '../../src/shared/sites/SiteProfile'
import { seriousViolations } from '../harness/seriousViolations'
import { startHarness, type Harness } from '../harness/startHarness'
import { startWebhookReceiver, type WebhookReceiver } from '../peers/startWebhookReceiver'

/** The machine running these may be busy; waits are generous but never sleeps. */
const WAIT = { timeout: 15_000 }
/** Set to a folder to keep a picture of every screen checked (`SHOTS_DIR=/tmp/shots`). */
const SHOTS_DIR = process.env.SHOTS_DIR
/** The window size, `1440x900`; 1280×800 by default. */
const [WIDTH, HEIGHT] = (process.env.SHOTS_SIZE ?? '1280x800').split('x').map(Number)

let dir: string
let harness: Harness
let receiver: WebhookReceiver
let articleId: string

const text = (t: string): DocNode => ({ type: 'text', text: t })
const p = (t: string): DocNode => ({ type: 'paragraph', content: [text(t)] })

const findings: string[] = []
const checked: string[] = []

/** Keeps the critical and serious axe-core violations on the page as it is now under `screen`. */
async function check(page: Page, screen: string): Promise<void> {
  findings.push(...(await seriousViolations(page, { screen })))
  checked.push(screen)
  if (SHOTS_DIR) await page.screenshot({ path: join(SHOTS_DIR, `a11y-${screen}.png`) })
}

async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid=save-state]')?.textContent?.trim() === 'Saved',
    undefined,
    WAIT,
  )
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-e2e-a11y-'))
  if (SHOTS_DIR) await mkdir(SHOTS_DIR, { recursive: true })
  receiver = await startWebhookReceiver({ secret: 'whsec-a11y', answer: () => 'accept' })
  const site: SiteProfile = {
    id: 'harbour-news',
    name: 'Harbour News',
    url: 'https://site.example.com/',
    categories: ['Industry Insights'],
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
  const settingsPath = join(dir, 'settings.json')
  await writeFile(settingsPath, JSON.stringify({ sites: [site] }))
  harness = await startHarness({
    askForName: true,
    settingsPath,
    libraryPath: join(dir, 'Library'),
    viewport: { width: WIDTH ?? 1280, height: HEIGHT ?? 800 },
  })
  await harness.services.secrets.set(`site:${site.id}:hmacSecret`, 'whsec-a11y')
})

afterAll(async () => {
  await harness?.close()
  await receiver?.stop()
  await rm(dir, { recursive: true, force: true })
})

describe('accessibility (axe-core): no critical or serious violation', () => {
  it('on the first-run question for the name', async () => {
    const { page } = harness
    await page.waitForSelector('[data-testid=name-prompt]', WAIT)
    await check(page, 'name-prompt')
    await page.keyboard.type('Maya Lindqvist')
    await page.keyboard.press('Enter')
    await page.waitForSelector('[data-testid=name-prompt]', { state: 'detached', ...WAIT })
  })

  it('on the empty library', async () => {
    await harness.page.waitForSelector('[data-testid=new-article-empty]', WAIT)
    await check(harness.page, 'empty-library')
  })

  it('on every main screen and dialog with an article open', async () => {
    const library = harness.services.library
    const created = await library.create({ title: 'Harbour expansion opens three new routes' })
    articleId = created.meta.id
    await library.save(
      {
        id: articleId,
        doc: {
          type: 'doc',
          content: [
            p('The port authority confirmed on Monday that the harbour will open new routes.'),
            { type: 'heading', attrs: { level: 2 }, content: [text('What changes')] },
            p('Freight customers will see shorter waiting times.'),
          ],
        },
        meta: {
          category: 'Industry Insights',
          siteId: 'harbour-news',
          tags: ['harbour'],
          status: 'in_review',
        },
      },
      'Maya Lindqvist',
    )
    const other = await library.create({ title: 'Board approves the 2027 plan' })
    await library.delete(other.meta.id)
    await harness.reload()
    const { page } = harness

    await page.click(`[data-testid=article-row][data-id="${articleId}"]`)
    await page.waitForSelector('[data-testid=editor] .ProseMirror', WAIT)
    await waitSaved(page)
    await check(page, 'editor-details')

    await page.click('[data-testid=toggle-focus]')
    await page.waitForSelector('.ui-pane-side', { state: 'detached', ...WAIT })
    expect(await page.locator('.ui-library-filters').count()).toBe(0)
    await check(page, 'focus-mode')
    await page.click('[data-testid=toggle-focus]')
    await page.waitForSelector('.ui-pane-side', WAIT)

    await page.click('[data-testid=side-review]')
    await page.waitForSelector('[data-testid=review-status]', WAIT)
    await check(page, 'review')

    await page.click('[data-testid=side-history]')
    await page.waitForSelector('[data-testid=revision-item], .ui-list-empty', WAIT)
    await check(page, 'history')
    if ((await page.locator('[data-testid=revision-item]').count()) > 0) {
      await page.click('[data-testid=revision-item]')
      await page.waitForSelector('[data-testid=revision-view]', WAIT)
      await check(page, 'revision-view')
      await page.click('[data-testid=revision-back]')
    }
    await page.click('[data-testid=side-details]')

    await page.click('[data-testid=toggle-preview]')
    await page.frameLocator('iframe').locator('.cd-title').waitFor(WAIT)
    await check(page, 'preview-beside')
    await page.click('[data-testid=toggle-preview]')

    await page.click('[data-testid=show-trash]')
    await page.waitForSelector('[data-testid=trash-row]', WAIT)
    await check(page, 'trash')
    await page.click('[data-testid=empty-trash]')
    await page.waitForSelector('[role=dialog], [role=alertdialog]', WAIT)
    await check(page, 'confirm-empty-trash')
    await page.keyboard.press('Escape')
    await page.click('[data-testid=show-trash]')

    await page.click('[data-testid=open-settings]')
    await page.waitForSelector('[data-testid=settings-dialog]', WAIT)
    // Behind an open dialog the window can be neither reached nor read.
    expect(await page.locator('.ui-toolbar').evaluate((e) => e.closest('[inert]') !== null)).toBe(
      true,
    )
    await check(page, 'settings-general')
    await page.click('[data-testid=settings-tab-sites]')
    await page.waitForSelector('[data-testid=site-form]', WAIT)
    await check(page, 'settings-sites')
    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-testid=settings-dialog]', { state: 'detached', ...WAIT })
    expect(await page.locator('.ui-toolbar').evaluate((e) => e.closest('[inert]') === null)).toBe(
      true,
    )

    // A webhook site keeps no posts to open: the dialog says what to connect instead.
    await page.click('[data-testid=transfer-menu]')
    await page.click('[data-testid=open-from-site]')
    await page.waitForSelector('[data-testid=site-posts-no-sites]', WAIT)
    await check(page, 'open-from-site-no-sites')
    await page.keyboard.press('Escape')

    await harness.sendMenuCommand('about')
    await page.waitForSelector('[data-testid=about-dialog]', WAIT)
    await check(page, 'about')
    await page.keyboard.press('Escape')

    await page.click('[data-testid=open-publish]')
    await page.waitForSelector('[data-testid=publish-plan]', WAIT)
    await check(page, 'publish')
    await page.click('[data-testid=publish-confirm]')
    await page.waitForSelector('[data-testid=publish-url]', WAIT)
    await check(page, 'publish-done')
    await page.keyboard.press('Escape')

    expect(checked.length).toBeGreaterThanOrEqual(14)
    expect(findings).toEqual([])
  })
})

/**
 * Presses Tab (Shift+Tab with `back`) until the focused element matches `selector`; fails when
 * it is not reached within `max` presses, i.e. when the keyboard cannot get there.
 */
async function tabTo(page: Page, selector: string, max = 80, back = false): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) === true, selector)) return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`The keyboard did not reach ${selector} in ${max} presses.`)
}

describe('keyboard only', () => {
  it('writes an article, sends it for review and publishes it without the mouse', async () => {
    await harness.reload()
    const { page } = harness
    await page.waitForSelector('[data-testid=new-article], [data-testid=new-article-empty]', WAIT)
    await page.keyboard.press('Control+n')
    await page.waitForFunction(
      () => document.activeElement?.matches('[data-testid=title-input]') === true,
      undefined,
      WAIT,
    )
    await page.keyboard.type('Night ferry returns for the summer')
    await page.keyboard.press('Enter')
    await page.keyboard.type('The night ferry to the islands runs again from June.')
    await waitSaved(page)

    await page.keyboard.press('Control+Alt+Shift+M')
    await page.waitForSelector('[data-testid=review-status]', WAIT)
    await tabTo(page, '[data-testid=status-to-in_review]')
    await page.keyboard.press('Enter')
    await page.waitForFunction(
      () => document.querySelector('[data-testid=timeline-entry]') !== null,
      undefined,
      WAIT,
    )
    expect(await page.textContent('[data-testid=timeline]')).toContain('Maya Lindqvist')

    await page.keyboard.press('Control+Shift+Enter')
    await page.waitForSelector('[data-testid=publish-plan]', WAIT)
    await tabTo(page, '[data-testid=publish-confirm]')
    await page.keyboard.press('Enter')
    await page.waitForSelector('[data-testid=publish-url]', WAIT)
    await page.keyboard.press('Escape')
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid=publication-line]')
          ?.textContent?.includes('Published') === true,
      undefined,
      WAIT,
    )
  })
})

describe('accessibility of web images waiting to be downloaded', () => {
  it('on an article that names web images', async () => {
    const library = harness.services.library
    const { meta } = await library.create({ title: 'Quay photos from the old site' })
    const photo = (src: string, alt: string): DocNode => ({ type: 'image', attrs: { src, alt } })
    await library.save(
      {
        id: meta.id,
        doc: {
          type: 'doc',
          content: [
            p('Photos from the opening.'),
            photo('https://photos.example/quay.jpg', 'The new quay'),
            photo('https://photos.example/crane.jpg', 'A crane'),
          ],
        },
      },
      'Maya Lindqvist',
    )
    await harness.reload()
    const { page } = harness
    await page.click(`[data-testid=article-row][data-id="${meta.id}"]`)
    await page.waitForSelector('[data-testid=web-images-notice]', WAIT)
    await page.waitForSelector('.ui-figure__download', WAIT)
    checked.length = 0
    await check(page, 'web-images')
    expect(checked).toEqual(['web-images'])
    expect(findings).toEqual([])
  })
})
