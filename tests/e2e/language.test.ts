import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../harness/startHarness'

const editor = '[data-testid=editor] .ProseMirror'
/** Where screenshots go when a person wants to look at them (COPYDESK_SCREENSHOTS=<folder>). */
const SHOTS = process.env.COPYDESK_SCREENSHOTS

describe('choosing the language in Settings', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h?.close()
  })

  it('speaks German at once, relative times included, and keeps it', async () => {
    const page = h.page
    await page.click('[data-testid=new-article-empty]')
    await page.fill('[data-testid=title-input]', 'خطوط شحن جديدة في الميناء')
    await page.click(editor)
    await page.keyboard.insertText('أعلنت هيئة الميناء عن خطوط شحن جديدة هذا الربيع. ')
    await page.keyboard.press('Enter')
    await page.keyboard.insertText('The port authority confirmed the plan on Monday.')
    await page.click('[data-testid=open-settings]')
    await page.selectOption('[data-testid=settings-language]', 'de')
    await page.waitForSelector('[data-testid=settings-dialog] >> text=Einstellungen')
    expect(await page.textContent('[data-testid=settings-tab-general]')).toBe('Allgemein')
    expect(await page.getAttribute('html', 'lang')).toBe('de')
    expect(await page.textContent('[data-testid=article-row] time')).toBe('Jetzt')
    expect(h.services.settings.get().language).toBe('de')
    const axe = await new AxeBuilder({ page }).include('[data-testid=settings-dialog]').analyze()
    expect(axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')).toEqual(
      [],
    )
    for (const [width, height] of [
      [1280, 800],
      [1440, 900],
    ] as const) {
      if (!SHOTS) break
      mkdirSync(SHOTS, { recursive: true })
      await page.setViewportSize({ width, height })
      await page.screenshot({ path: join(SHOTS, `settings-de-${width}.png`) })
    }
    await page.click('[data-testid=settings-dialog] .ui-modal-footer button')
    await expect
      .poll(() => page.textContent('[data-testid=word-count]'), { timeout: 5000 })
      .toMatch(/^\d+ Wörter$/)
    expect(await page.textContent('[data-testid=reading-time]')).toBe('1 Min. Lesezeit')
  })

  it('goes back to English when the system language is chosen again', async () => {
    const page = h.page
    for (const [width, height] of [
      [1280, 800],
      [1440, 900],
    ] as const) {
      if (!SHOTS) break
      await page.setViewportSize({ width, height })
      await page.keyboard.press('Control+Shift+P')
      await page.waitForSelector('[data-testid=preview-pane]')
      await page.waitForTimeout(800)
      await page.screenshot({ path: join(SHOTS, `arabic-article-de-${width}.png`) })
      await page.keyboard.press('Control+Shift+P')
    }
    await page.click('[data-testid=open-settings]')
    await page.selectOption('[data-testid=settings-language]', '')
    await page.waitForSelector('[data-testid=settings-dialog] >> text=Settings')
    expect(h.services.settings.get().language).toBeNull()
    await page.click('[data-testid=settings-dialog] .ui-modal-footer button')
    await expect
      .poll(() => page.textContent('[data-testid=reading-time]'), { timeout: 5000 })
      .toBe('1 min read')
  })
})
