import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteProfile } from '../../src/shared/sites/SiteProfile'
import { seriousViolations } from '../harness/seriousViolations'
import { startHarness, type Harness } from '../harness/startHarness'
import { startWebhookReceiver, type WebhookReceiver } from '../peers/startWebhookReceiver'

/** The machine running these may be busy; waits are generous but never sleeps. */
const WAIT = { timeout: 15_000 }
const SECRET = 'whsec-e2e-approval-secret'
const editor = '.ui-pane-editor > .ui-editor-scroll [data-testid=editor] .ProseMirror'

let dir: string
let harness: Harness
let receiver: WebhookReceiver

async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid=save-state]')?.textContent?.trim() === 'Saved',
    undefined,
    WAIT,
  )
}

function site(id: string, name: string, requireApproval: boolean): SiteProfile {
  return {
    id,
    name,
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
    requireApproval,
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-e2e-approval-'))
  receiver = await startWebhookReceiver({ secret: SECRET, answer: () => 'accept' })
  const sites = [site('harbour-news', 'Harbour News', false), site('gated', 'Gazette', true)]
  const settingsPath = join(dir, 'settings.json')
  await writeFile(settingsPath, JSON.stringify({ sites }))
  harness = await startHarness({ settingsPath, libraryPath: join(dir, 'Library') })
  for (const s of sites) await harness.services.secrets.set(`site:${s.id}:hmacSecret`, SECRET)
})

afterAll(async () => {
  await harness?.close()
  await receiver?.stop()
  await rm(dir, { recursive: true, force: true })
})

describe('an approved article edited afterwards', () => {
  it('is marked “Changed after approval”, shows the changes, and publishing it asks', async () => {
    const { page } = harness
    await page.click('[data-testid=new-article-empty]')
    await page.fill('[data-testid=title-input]', 'Ferry timetable changes')
    await page.click(editor)
    await page.keyboard.type('The morning ferry leaves at seven.')
    await waitSaved(page)

    await page.click('[data-testid=show-comments]')
    await page.click('[data-testid=status-to-in_review]')
    await page.click('[data-testid=status-to-approved]')
    await page.waitForFunction(
      () => document.querySelector('[data-testid=review-status]')?.textContent === 'Approved',
      undefined,
      WAIT,
    )
    await waitSaved(page)
    const row = page.locator('[data-testid=article-row]').first()
    expect(await row.locator('[data-testid=changed-since-approval]').count()).toBe(0)
    expect(await page.locator('[data-testid=approval-changes]').count()).toBe(0)

    // An edit after approval: the row, the review panel and the details say so.
    await page.click(editor)
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' The evening one is cancelled.')
    await waitSaved(page)
    await row.locator('[data-testid=changed-since-approval]').waitFor(WAIT)
    expect(await row.locator('[data-testid=changed-since-approval]').textContent()).toBe(
      'Changed after approval',
    )
    expect(await page.locator('[data-testid=review-status]').textContent()).toBe('Approved')
    await page.waitForSelector('[data-testid=approval-changes]', WAIT)
    expect(await page.textContent('[data-testid=approval-changes]')).toContain(
      'Changed after approval.',
    )

    await page.click('[data-testid=approval-changes-show]')
    await page.waitForSelector('[data-testid=approval-changes] [data-testid=publish-diff]', WAIT)
    const diff = await page.textContent('[data-testid=approval-changes] [data-testid=publish-diff]')
    expect(diff).toContain('- The morning ferry leaves at seven.')
    expect(diff).toContain('+ The morning ferry leaves at seven. The evening one is cancelled.')

    // The notice and its diff read well with assistive technology.
    expect(await seriousViolations(page, { include: '[data-testid=approval-changes]' })).toEqual([])

    await page.click('[data-testid=side-details]')
    await page.waitForSelector('[data-testid=approval-changes]', WAIT)

    // A search that hides the article from the list does not hide what is true of it.
    await page.fill('[data-testid=library-search]', 'zeppelin')
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=article-row]').length === 0,
      undefined,
      WAIT,
    )
    expect(await page.locator('[data-testid=approval-changes]').count()).toBe(1)
    await page.fill('[data-testid=library-search]', '')
    await row.waitFor(WAIT)

    // Publishing asks, as for an article nobody approved…
    await page.click('[data-testid=open-publish]')
    await page.waitForSelector('[data-testid=publish-checks]', WAIT)
    expect(await page.textContent('[data-testid=publish-checks]')).toContain(
      'This article changed after it was approved',
    )
    const confirm = page.locator('[data-testid=publish-confirm]')
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=publish-confirm]')?.textContent ===
        'Publish without approval',
      undefined,
      WAIT,
    )
    expect(await confirm.isEnabled()).toBe(true)

    // …and is refused where the site publishes approved articles only.
    await page.selectOption('[data-testid=publish-site]', 'gated')
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid=publish-checks]')
          ?.textContent?.includes('Gazette” publishes approved articles only') === true,
      undefined,
      WAIT,
    )
    expect(await confirm.isDisabled()).toBe(true)
    await page.keyboard.press('Escape')
    expect(receiver.deliveries).toHaveLength(0)

    // Back to review and approved again: the mark is gone.
    await page.click('[data-testid=approval-changes-review]')
    await page.click('[data-testid=show-comments]')
    await page.click('[data-testid=status-to-approved]')
    await row
      .locator('[data-testid=changed-since-approval]')
      .waitFor({ state: 'detached', ...WAIT })
    expect(await page.locator('[data-testid=approval-changes]').count()).toBe(0)
  })
})
