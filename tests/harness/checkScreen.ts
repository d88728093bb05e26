import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { seriousViolations } from './seriousViolations'
import type { Page } from 'playwright-core'

/** Where screenshots go when a person wants to look at them (`SHOTS_DIR=/tmp/shots`). */
export const SHOTS = process.env.SHOTS_DIR

/**
 * Words cut off inside `selector`: buttons, labels, tabs, headings and badges whose text is
 * wider than their box (German words are longer than English ones), or that stick out of the
 * screen part they belong to.
 */
export function clippedTexts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(
    `${selector} :is(button, label, h2, h3, [role=tab], .ui-badge, .ui-field-label, option, select)`,
    (elements, root) =>
      elements
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .filter((el) => {
          const cut =
            (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 2) &&
            (getComputedStyle(el).overflow !== 'visible' || el.tagName === 'SELECT')
          const part = el.closest(root)?.getBoundingClientRect()
          const box = el.getBoundingClientRect()
          const outside =
            part !== undefined && (box.right > part.right + 1 || box.left < part.left - 1)
          return cut || outside
        })
        .map((el) => (el.textContent ?? '').trim().slice(0, 60)),
    selector,
  )
}

/** Screenshots of a German screen at both window sizes, when a person asked for them. */
async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return
  mkdirSync(SHOTS, { recursive: true })
  for (const [width, height] of [
    [1440, 900],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.waitForTimeout(200)
    await page.screenshot({ path: join(SHOTS, `${name}-de-${width}.png`) })
  }
}

/** Checks one German screen at both window sizes: no axe finding, nothing cut off. */
export async function checkScreen(page: Page, selector: string, name: string): Promise<void> {
  for (const [width, height] of [
    [1440, 900],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height })
    expect({ name, width, clipped: await clippedTexts(page, selector) }).toEqual({
      name,
      width,
      clipped: [],
    })
  }
  expect(await seriousViolations(page, { include: selector, screen: name })).toEqual([])
  await shoot(page, name)
}
