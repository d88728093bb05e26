import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { SiteProfile } from '../../src/shared/sites/SiteProfile'
import { seriousViolations } from '../harness/seriousViolations'
import { startHarness, type Harness } from '../harness/startHarness'
import { startFixtureSite, type FixtureSite } from '../peers/fixtureSite/startFixtureSite'

/** Set to a folder to keep a picture of the screen (`SHOTS_DIR=/tmp/shots`). */
const SHOTS_DIR = process.env.SHOTS_DIR
/** The window size, `1440x900`; 1280×800 by default. */
const [WIDTH, HEIGHT] = (process.env.SHOTS_SIZE ?? '1280x800').split('x').map(Number)
const WAIT = { timeout: 30_000 }

let dir: string
let site: FixtureSite
let harness: Harness

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-e2e-slots-'))
  if (SHOTS_DIR) await mkdir(SHOTS_DIR, { recursive: true })
  site = await startFixtureSite()
  const profile: SiteProfile = {
    id: 'northwind',
    name: 'Northwind Group',
    url: 'https://northwind.example.com/',
    categories: ['Industry Insights'],
    navigation: [],
    theme: { kind: 'builtin', id: 'newsroom' },
    target: null,
  }
  const settingsPath = join(dir, 'settings.json')
  await writeFile(settingsPath, JSON.stringify({ sites: [profile] }))
  harness = await startHarness({
    settingsPath,
    libraryPath: join(dir, 'Library'),
    viewport: { width: WIDTH ?? 1280, height: HEIGHT ?? 800 },
  })
})

afterAll(async () => {
  await harness?.close()
  await site?.stop()
  await rm(dir, { recursive: true, force: true })
})

it('after a capture, shows which slots were found on a picture of the page', async () => {
  const { page } = harness
  await page.click('[data-testid=open-settings]')
  await page.click('[data-testid=settings-tab-sites]')
  await page.click('[data-testid=site-theme-captured]')
  await page.fill('[data-testid=capture-url]', `${site.origin}/news/industry-insight.html`)
  await page.click('[data-testid=capture-run]')
  const slots = page.locator('[data-testid=capture-slots]')
  await slots.waitFor(WAIT)
  const found = await slots
    .locator('li')
    .evaluateAll((items) => items.map((li) => [li.getAttribute('data-slot'), li.textContent]))
  expect(found).toEqual([
    ['breadcrumb', '✓ Breadcrumb found'],
    ['category', '✓ Category found'],
    ['title', '✓ Title found'],
    ['date', '✓ Date found'],
    ['featured', '– Lead image not found'],
    ['tags', '– Tags not found'],
    ['body', '✓ Article text found'],
  ])
  // The picture is the captured page with each found slot outlined and named.
  await page.waitForFunction(
    () => {
      const doc = document.querySelector<HTMLIFrameElement>(
        '[data-testid=capture-picture] iframe',
      )?.contentDocument
      const title = doc?.querySelector('.cd-title')
      return title && getComputedStyle(title).outlineStyle === 'solid'
    },
    undefined,
    WAIT,
  )
  const picture = await page.evaluate(() => {
    const doc = document.querySelector<HTMLIFrameElement>(
      '[data-testid=capture-picture] iframe',
    )?.contentDocument
    const label = (selector: string) => {
      const element = doc?.querySelector(selector)
      return element ? getComputedStyle(element, '::before').content : null
    }
    return {
      title: doc?.querySelector('.cd-title')?.textContent,
      category: doc?.querySelector('.cd-category')?.textContent?.trim(),
      labels: [label('.cd-title'), label('.cd-category'), label('.cd-date'), label('.cd-body')],
      missing: doc?.querySelector('[data-copydesk-missing]')?.textContent,
    }
  })
  expect(picture).toEqual({
    title: 'The title of your article',
    category: 'Your category',
    labels: ['"Title"', '"Category"', '"Date"', '"Article text"'],
    // What was not found cannot be outlined; it is named at the top of the picture.
    missing:
      'Not found on this page: Lead image and Tags. Articles on this site will show without them.',
  })
  await slots.scrollIntoViewIfNeeded()
  if (SHOTS_DIR) await page.screenshot({ path: join(SHOTS_DIR, 'capture-slots.png') })
  if (SHOTS_DIR)
    await page
      .locator('[data-testid=capture-picture]')
      .screenshot({ path: join(SHOTS_DIR, 'capture-picture.png') })
  expect(await seriousViolations(page)).toEqual([])
})
