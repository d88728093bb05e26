import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pasteInto } from '../harness/pasteInto'
import { seriousViolations } from '../harness/seriousViolations'
import { startHarness, type Harness } from '../harness/startHarness'

/** The machine running these may be busy; waits are generous but never sleeps. */
const WAIT = { timeout: 15_000 }
/** Set to a folder to keep a picture of the bar at each window size (`SHOTS_DIR=/tmp/shots`). */
const SHOTS_DIR = process.env.SHOTS_DIR
const editor = '.ui-pane-editor > .ui-editor-scroll [data-testid=editor] .ProseMirror'
const bar = '[data-testid=paste-progress]'
const PARAGRAPHS = 1_000

let h: Harness

beforeAll(async () => {
  if (SHOTS_DIR) await mkdir(SHOTS_DIR, { recursive: true })
  h = await startHarness()
  const page = h.page
  await page.click('[data-testid=new-article-empty]')
  await page.fill('[data-testid=title-input]', 'Annual report')
  await page.click(editor)
  // Time stands still from here: each part of a long paste waits until the test lets it go.
  await page.clock.install()
  await page.clock.pauseAt(Date.now() + 1_000)
  const report = Array.from({ length: PARAGRAPHS }, (_, i) => `<p>Line ${i + 1} of the report.</p>`)
  await pasteInto(page, editor, { html: report.join(''), text: 'Line 1 of the report.' })
  // The paste's first part, and no more.
  await page.clock.runFor(1)
  await page.waitForSelector(bar, WAIT)
}, 60_000)

afterAll(async () => {
  await h?.close()
})

describe('the bar a long paste shows while it comes in', () => {
  it('says what is happening and how far it has come, in words a screen reader reads', async () => {
    const page = h.page
    expect(await page.locator(`${bar} [role=status]`).textContent()).toBe('Pasting…')
    const progress = page.locator(`${bar} progress`)
    expect(await progress.getAttribute('aria-label')).toBe('Pasted so far')
    const value = Number(await progress.getAttribute('value'))
    expect(value).toBeGreaterThanOrEqual(0)
    expect(value).toBeLessThan(100)
    // Only part of the report is in the text while the bar shows.
    const lines = await page.locator(editor).locator('p').count()
    expect(lines).toBeGreaterThan(0)
    expect(lines).toBeLessThan(PARAGRAPHS)
  })

  it.each([
    [1280, 800],
    [1440, 900],
  ])(
    'is drawn whole and unclipped at %ix%i, with no serious accessibility finding',
    async (width, height) => {
      const page = h.page
      await page.setViewportSize({ width, height })
      const box = await page.locator(bar).boundingBox()
      expect(box).not.toBeNull()
      expect(box!.x).toBeGreaterThanOrEqual(0)
      expect(box!.y + box!.height).toBeLessThanOrEqual(height)
      expect(box!.x + box!.width).toBeLessThanOrEqual(width)
      const clipped = await page.$$eval(`${bar} *`, (els) =>
        els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.outerHTML),
      )
      expect(clipped).toEqual([])
      if (SHOTS_DIR) await page.screenshot({ path: join(SHOTS_DIR, `paste-progress-${width}.png`) })
      expect(
        await seriousViolations(page, { screen: 'paste progress', whileTimeStandsStill: true }),
      ).toEqual([])
    },
  )

  it('goes once time moves on and the whole report is in', async () => {
    const page = h.page
    await page.clock.resume()
    await page.waitForSelector(bar, { state: 'detached', ...WAIT })
    expect(await page.locator(editor).locator('p').count()).toBe(PARAGRAPHS)
  })
})
