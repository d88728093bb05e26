import type { Page } from 'playwright-core'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../harness/startHarness'

/** The machine running these may be busy; waits are generous but never sleeps. */
const WAIT = { timeout: 10_000 }
const editor = '[data-testid=editor] .ProseMirror'
const prompt = '[data-testid=name-prompt]'

async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid=save-state]')?.textContent?.trim() === 'Saved',
    undefined,
    WAIT,
  )
}

/** What has keyboard focus, by test id. */
function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null)
}

describe('first run: the app asks what to call the person', () => {
  let h: Harness | undefined

  afterEach(async () => {
    await h?.close()
    h = undefined
  })
  afterAll(async () => {
    await h?.close()
  })

  it('asks for the name, signs the timeline and comments with it, and asks only once', async () => {
    h = await startHarness({ askForName: true })
    const page = h.page
    await page.waitForSelector(prompt, WAIT)
    // The rest of the window waits behind the question; typing goes straight into the field.
    expect({
      focused: await focusedTestId(page),
      behind: await page.locator('.ui-toolbar').evaluate((e) => e.closest('[inert]') !== null),
      save: await page.isDisabled('[data-testid=name-save]'),
    }).toEqual({ focused: 'name-input', behind: true, save: true })
    await page.keyboard.type('  Alex Morgan ')
    await page.keyboard.press('Enter')
    await page.waitForSelector(prompt, { ...WAIT, state: 'detached' })
    await expect.poll(() => h?.services.settings.get().userName).toBe('Alex Morgan')

    await page.click('[data-testid=new-article-empty]')
    await page.fill('[data-testid=title-input]', 'Night ferry returns')
    await page.click(editor)
    await page.keyboard.type('The night ferry runs again from June.')
    await waitSaved(page)
    await page.click('[data-testid=show-comments]')
    await page.click('[data-testid=status-to-in_review]')
    await page.waitForSelector('[data-testid=timeline-entry]', WAIT)
    await page.click(editor)
    await page.keyboard.press('End')
    await page.keyboard.press('Shift+Home')
    await page.keyboard.press('Control+Alt+m')
    await page.fill('[data-testid=comment-input]', 'Which June date?')
    await page.keyboard.press('Control+Enter')
    await page.waitForSelector('[data-testid=comment-card] .ui-comment-author', WAIT)
    expect({
      timeline: await page.textContent('[data-testid=timeline-entry]'),
      author: await page.textContent('[data-testid=comment-card] .ui-comment-author'),
    }).toEqual({
      timeline: expect.stringContaining('Alex Morgan sent it for review'),
      author: 'Alex Morgan',
    })

    await h.reload()
    await page.waitForSelector('[data-testid=article-row]', WAIT)
    expect(await page.locator(prompt).count()).toBe(0)
  })

  it('can be skipped, and is not asked again; Settings can take the name later', async () => {
    h = await startHarness({ askForName: true })
    const page = h.page
    await page.waitForSelector(prompt, WAIT)
    await page.keyboard.press('Escape')
    await page.waitForSelector(prompt, { ...WAIT, state: 'detached' })
    await h.reload()
    await page.waitForSelector('[data-testid=new-article-empty]', WAIT)
    expect({
      asked: await page.locator(prompt).count(),
      settings: h.services.settings.get(),
    }).toEqual({
      asked: 0,
      settings: expect.objectContaining({ userName: '', nameAsked: true }),
    })
  })
})
