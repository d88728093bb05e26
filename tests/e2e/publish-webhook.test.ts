import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteProfile } from '../../src/shared/sites/SiteProfile'
import { startHarness, type Harness } from '../harness/startHarness'
import {
  startWebhookReceiver,
  type ReceiverAnswer,
  type WebhookReceiver,
} from '../peers/startWebhookReceiver'

/** The machine running these may be busy; waits are generous but never sleeps. */
const WAIT = { timeout: 15_000 }
const SECRET = 'whsec-e2e-41f7-secret'
const editor = '.ui-pane-editor > .ui-editor-scroll [data-testid=editor] .ProseMirror'

let dir: string
let harness: Harness
let receiver: WebhookReceiver
/** What the receiver answers next; tests change it. */
let answer: ReceiverAnswer = 'accept'

async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid=save-state]')?.textContent?.trim() === 'Saved',
    undefined,
    WAIT,
  )
}

async function writeArticle(page: Page, title: string, body: string): Promise<void> {
  const rows = await page.locator('[data-testid=article-row]').count()
  await page.click('[data-testid=new-article-empty], [data-testid=new-article]')
  await page.waitForFunction(
    (count) => document.querySelectorAll('[data-testid=article-row]').length === count + 1,
    rows,
    WAIT,
  )
  await page.fill('[data-testid=title-input]', title)
  await page.click(editor)
  await page.keyboard.type(body)
  // The list shows the title once the library has it.
  await page.waitForFunction(
    (want) =>
      [...document.querySelectorAll('[data-testid=article-row] .ui-article-row-title')].some(
        (row) => row.textContent === want,
      ),
    title,
    WAIT,
  )
  await waitSaved(page)
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-e2e-publish-'))
  receiver = await startWebhookReceiver({ secret: SECRET, answer: () => answer })
  const site: SiteProfile = {
    id: 'harbour-news',
    name: 'Harbour News',
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
  const settingsPath = join(dir, 'settings.json')
  await writeFile(settingsPath, JSON.stringify({ sites: [site] }))
  harness = await startHarness({ settingsPath, libraryPath: join(dir, 'Library') })
  await harness.services.secrets.set(`site:${site.id}:hmacSecret`, SECRET)
})

afterAll(async () => {
  await harness?.close()
  await receiver?.stop()
  await rm(dir, { recursive: true, force: true })
})

describe('publishing to a webhook site', () => {
  it('publishes from the dialog and shows the public URL', async () => {
    const { page } = harness
    await writeArticle(
      page,
      'Harbour expansion opens new routes',
      'Three new berths open in spring.',
    )

    await page.click('[data-testid=open-publish]')
    await page.waitForSelector('[data-testid=publish-plan]', WAIT)
    expect(await page.textContent('[data-testid=publish-plan]')).toContain(
      'Harbour expansion opens new routes',
    )
    await page.click('[data-testid=publish-confirm]')
    await page.waitForSelector('[data-testid=publish-url]', WAIT)

    expect(await page.textContent('[data-testid=publish-url]')).toBe(
      'https://site.example.com/posts/100',
    )
    expect(receiver.deliveries).toHaveLength(1)
    expect(receiver.deliveries[0]?.signatureValid).toBe(true)
    await page.click('[data-testid=publish-url]')
    expect(harness.openedExternally).toContain('https://site.example.com/posts/100')

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

  it('waits when the site is down, and "Retry now" publishes once it is back', async () => {
    const { page } = harness
    await writeArticle(page, 'Ferry timetable changes', 'The winter timetable starts on Monday.')

    answer = 503
    await page.keyboard.press('Control+Shift+Enter')
    await page.waitForSelector('[data-testid=publish-plan]', WAIT)
    await page.click('[data-testid=publish-confirm]')
    await page.waitForSelector('[data-testid=publish-waiting]', WAIT)
    expect(await page.textContent('[data-testid=publish-waiting]')).toMatch(
      /Waiting to publish — will retry at/,
    )

    answer = 'accept'
    await page.click('[data-testid=publish-retry]')
    await page.waitForSelector('[data-testid=publish-url]', WAIT)
    expect(receiver.posts.size).toBe(2)
  })

  it('says Live once the post address shows the new text', async () => {
    const { page } = harness
    // The dialog of the previous publish may still be open.
    const close = page.locator('[data-testid=publish-close]')
    if ((await close.count()) > 0) await close.click()
    receiver.servePages = true
    await writeArticle(
      page,
      'Lighthouse keeper retires',
      'Forty years on the north pier end today.',
    )
    await page.keyboard.press('Control+Shift+Enter')
    await page.waitForSelector('[data-testid=publish-plan]', WAIT)
    await page.click('[data-testid=publish-confirm]')
    await page.waitForSelector('[data-testid=publish-live][data-state=live]', WAIT)
    expect(await page.textContent('[data-testid=publish-live]')).toMatch(
      /^Live · took \d+(\.\d)? sec$/,
    )
    expect(await page.textContent('[data-testid=publish-url]')).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/posts\/\d+$/,
    )
  })
})
