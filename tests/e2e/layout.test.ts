import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../harness/startHarness'

/** The machine running these may be busy; waits are generous but never sleeps. */
const WAIT = { timeout: 15_000 }
const LONG_CATEGORY = 'Industry Insights and Market Analysis'

/** Whether a select shows its chosen option whole: as wide as the same select left to size itself. */
function showsWhole(page: Page, selector: string): Promise<{ shown: number; needed: number }> {
  return page.$eval(selector, (select) => {
    const free = select.cloneNode(true) as HTMLSelectElement
    free.style.cssText = 'position:absolute;visibility:hidden;width:auto;max-width:none;flex:none'
    free.value = (select as HTMLSelectElement).value
    select.parentElement?.append(free)
    const needed = Math.ceil(free.getBoundingClientRect().width)
    free.remove()
    return { shown: Math.ceil(select.getBoundingClientRect().width), needed }
  })
}

/** The distinct tops of the header's controls: one value means one row. */
function headerRows(page: Page): Promise<number> {
  return page.$eval('[data-testid=preview-pane] .ui-preview-header', (header) => {
    const tops = [...header.querySelectorAll('select, button')]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => Math.round(el.getBoundingClientRect().top / 8))
    return new Set(tops).size
  })
}

describe.each([
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
])('layout at $width×$height', (viewport) => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness({ viewport })
    const library = h.services.library
    const article = await library.create({ title: 'Harbour expansion opens three new routes' })
    await library.save(
      {
        id: article.meta.id,
        doc: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'The port opens new routes.' }] },
          ],
        },
        meta: { category: LONG_CATEGORY, tags: ['sustainability-reporting'] },
      },
      'Maya Lindqvist',
    )
    await h.reload()
    await h.page.click(`[data-testid=article-row][data-id="${article.meta.id}"]`)
    await h.page.waitForSelector('[data-testid=editor] .ProseMirror', WAIT)
  })
  afterAll(async () => {
    await h?.close()
  })

  it('keeps the preview toolbar beside the editor on one row, the site menu whole', async () => {
    const page = h.page
    await page.click('[data-testid=toggle-preview]')
    await page.frameLocator('iframe').locator('.cd-title').waitFor(WAIT)
    // The preview takes the details pane's room, so text and page both stay readable.
    const widths = await page.evaluate(() => ({
      side: document.querySelector('.ui-pane-side') !== null,
      editor: document.querySelector('.ui-pane-editor')?.getBoundingClientRect().width ?? 0,
      preview: document.querySelector('.ui-pane-preview')?.getBoundingClientRect().width ?? 0,
    }))
    const site = await showsWhole(page, '[data-testid=preview-site]')
    expect({ rows: await headerRows(page), siteCut: site.shown < site.needed, ...widths }).toEqual({
      rows: 1,
      siteCut: false,
      side: false,
      editor: expect.any(Number),
      preview: expect.any(Number),
    })
    expect(Math.min(widths.editor, widths.preview)).toBeGreaterThan(450)
  })

  it('keeps the editor toolbar beside the preview on one row, the rest a key press away', async () => {
    const page = h.page
    const tops = await page.$$eval('.ui-tb__row--main button', (buttons) =>
      buttons.map((button) => Math.round(button.getBoundingClientRect().top)),
    )
    expect(new Set(tops).size).toBe(1)
    expect(await page.isVisible('[data-testid=tb-undo]')).toBe(true)
    await page.click('[data-testid=editor] .ProseMirror')
    await page.focus('[data-testid=tb-more]')
    await page.keyboard.press('Enter')
    const menu = page.locator('[data-testid=tb-more-menu]')
    await menu.waitFor(WAIT)
    await page.keyboard.press('Escape')
    await menu.waitFor({ ...WAIT, state: 'detached' })
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'tb-more',
    )
    await page.keyboard.press('ArrowDown')
    await menu.waitFor(WAIT)
    while (
      (await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) !==
      'tb-bullet-menu'
    ) {
      await page.keyboard.press('ArrowDown')
    }
    await page.keyboard.press('Enter')
    await page.waitForSelector('[data-testid=editor] .ProseMirror ul li', WAIT)
    await page.keyboard.press('Control+z')
  })

  it('brings the details back beside the preview when asked for', async () => {
    const page = h.page
    await page.click('[data-testid=toggle-meta]')
    await page.waitForSelector('.ui-pane-side', WAIT)
    expect(await page.locator('[data-testid=preview-pane]').count()).toBe(1)
    await page.click('[data-testid=toggle-preview]')
    await page.waitForSelector('[data-testid=preview-pane]', { ...WAIT, state: 'detached' })
    expect(await page.locator('.ui-pane-side').count()).toBe(1)
  })

  it('shows a chosen category filter whole', async () => {
    const page = h.page
    await page.selectOption('[data-testid=filter-category]', LONG_CATEGORY)
    const category = await showsWhole(page, '[data-testid=filter-category]')
    expect(category.shown).toBeGreaterThanOrEqual(category.needed)
  })
})
