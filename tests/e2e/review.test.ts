import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { selectText } from '../harness/selectText'
import { startHarness, type Harness } from '../harness/startHarness'

const editor = '[data-testid=editor] .ProseMirror'
const card = (id: string) => `[data-testid=comment-card][data-comment-id="${id}"]`
const mark = (id: string) => `${editor} .ui-comment[data-comment-id="${id}"]`
const REVIEWER = 'Ana Reviewer'

async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid=save-state]')?.textContent?.trim() === 'Saved',
    undefined,
    { timeout: 5000 },
  )
}

/** Comments on the selection with Ctrl+Alt+M and returns the new comment's id. */
async function commentWithShortcut(page: Page, body: string): Promise<string> {
  const before = await cardIds(page)
  await page.keyboard.press('Control+Alt+m')
  await page.fill('[data-testid=comment-input]', body)
  await page.keyboard.press('Control+Enter')
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid=comment-card]').length === n,
    before.length + 1,
  )
  const id = (await cardIds(page)).find((i) => !before.includes(i))
  if (!id) throw new Error('no new comment')
  return id
}

function cardIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid=comment-card]', (cards) =>
    cards.map((c) => c.getAttribute('data-comment-id') ?? ''),
  )
}

function background(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => getComputedStyle(el).backgroundColor)
}

describe('review in the browser harness: comments and the status timeline', () => {
  let h: Harness
  let articleId = ''
  let first = ''
  let second = ''

  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h?.close()
  })

  it('sets the name in settings and writes an article', async () => {
    const page = h.page
    await page.click('[data-testid=open-settings]')
    await page.fill('[data-testid=settings-user-name]', REVIEWER)
    await page.keyboard.press('Escape')
    await expect.poll(() => h.services.settings.get().userName).toBe(REVIEWER)
    await page.click('[data-testid=new-article-empty]')
    await page.fill('[data-testid=title-input]', 'Port reopens')
    await page.click(editor)
    await page.keyboard.type('The port reopens on Monday. Ships return next week.')
    await waitSaved(page)
    articleId =
      (await page.locator('[data-testid=article-row]').first().getAttribute('data-id')) ?? ''
  })
  afterAll(async () => {
    await h?.close()
  })

  it('shows an empty review panel with how to comment', async () => {
    await h.page.click('[data-testid=show-comments]')
    expect(await h.page.textContent('[data-testid=comments-empty]')).toContain('Ctrl+Alt+M')
    expect(await h.page.isVisible('[data-testid=timeline-empty]')).toBe(true)
  })

  it('comments on selected words with Ctrl+Alt+M, signed with the name from settings', async () => {
    const page = h.page
    await selectText(page, editor, 'reopens')
    first = await commentWithShortcut(page, 'Which Monday?')
    expect(await page.textContent(mark(first))).toBe('reopens')
    expect(await page.textContent(`${card(first)} .ui-comment-author`)).toBe(REVIEWER)
    expect(await page.textContent(`${card(first)} [data-testid=comment-body]`)).toBe(
      'Which Monday?',
    )
    expect(await background(page, mark(first))).not.toBe('rgba(0, 0, 0, 0)')
  })

  it('comments from the bubble menu too, and lists comments in document order', async () => {
    const page = h.page
    await selectText(page, editor, 'next week')
    await page.click('[data-testid=bm-comment]')
    await page.fill('[data-testid=comment-input]', 'Which week?')
    await page.click('[data-testid=comment-input-send]')
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=comment-card]').length === 2,
    )
    second = (await cardIds(page)).find((id) => id !== first) ?? ''
    expect(await page.textContent(mark(second))).toBe('next week')
    // A third comment, earlier in the text, goes first in the list.
    await selectText(page, editor, 'The')
    const third = await commentWithShortcut(page, 'Drop this')
    expect(await cardIds(page)).toEqual([third, first, second])
    await page.click(`${card(third)} [data-testid=comment-delete]`)
    await page.click('[data-testid=confirm-ok]')
    await page.waitForSelector(card(third), { state: 'detached' })
    expect(await page.$(mark(third))).toBeNull()
  })

  it('replies, resolves (dimmed highlight) and reopens', async () => {
    const page = h.page
    const openColour = await background(page, mark(first))
    await page.click(`${card(first)} [data-testid=comment-main]`)
    expect(await page.getAttribute(card(first), 'aria-current')).toBe('true')
    await page.fill(`${card(first)} [data-testid=reply-input]`, 'The 3rd, confirmed')
    await page.click(`${card(first)} [data-testid=reply-input-send]`)
    await page.waitForSelector(`${card(first)} [data-testid=comment-reply]`)

    await page.click(`${card(first)} [data-testid=comment-resolve]`)
    await page.waitForSelector(`${card(first)}[data-state=resolved]`)
    expect(await background(page, mark(first))).not.toBe(openColour)
    expect(await page.textContent(`${card(first)} .ui-comment-resolved-by`)).toContain(REVIEWER)

    await page.click(`${card(first)} [data-testid=comment-reopen]`)
    await page.waitForSelector(`${card(first)}[data-state=open]`)
    expect(await page.locator(`${card(first)} [data-testid=comment-reply]`).count()).toBe(1)
  })

  it('keeps the highlight on its words while the text around them changes', async () => {
    const page = h.page
    await selectText(page, editor, 'The port', true)
    await page.keyboard.type('Today ')
    await selectText(page, editor, 'week.')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.type(' More soon.')
    expect(await page.textContent(editor)).toBe(
      'Today The port reopens on Monday. Ships return next week. More soon.',
    )
    expect(await page.textContent(mark(first))).toBe('reopens')
    expect(await page.textContent(mark(second))).toBe('next week')
  })

  it('marks a comment detached when its words are deleted, and lists it last', async () => {
    const page = h.page
    await selectText(page, editor, 'reopens ')
    await page.keyboard.press('Backspace')
    await page.waitForSelector(`${card(first)}[data-detached=true]`)
    expect(await page.$(mark(first))).toBeNull()
    expect(await page.textContent(`${card(first)} .ui-comment-quote`)).toBe('reopens')
    expect(await cardIds(page)).toEqual([second, first])
  })

  it('finds every comment as it was after reloading the app', async () => {
    const page = h.page
    await waitSaved(page)
    await h.reload()
    await page.click(`[data-testid=article-row][data-id="${articleId}"]`)
    await page.click('[data-testid=show-comments]')
    await page.waitForSelector(card(second))
    expect(await page.textContent(mark(second))).toBe('next week')
    expect(await page.getAttribute(card(first), 'data-detached')).toBe('true')
    expect(
      await page.locator(`${card(first)} [data-testid=comment-reply]`).textContent(),
    ).toContain('The 3rd, confirmed')
    expect(await cardIds(page)).toEqual([second, first])
  })

  it('moves the status Draft → In review → Approved → Draft and shows who did it, newest first', async () => {
    const page = h.page
    for (const to of ['in_review', 'approved', 'draft']) {
      await page.click(`[data-testid=status-to-${to}]`)
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid=timeline-entry]').length === n,
        ['in_review', 'approved', 'draft'].indexOf(to) + 1,
      )
    }
    const entries = await page.$$eval('[data-testid=timeline-entry] .ui-timeline-text', (els) =>
      els.map((e) => e.textContent),
    )
    expect(entries).toEqual([
      `${REVIEWER} moved it back to draft`,
      `${REVIEWER} approved it`,
      `${REVIEWER} sent it for review`,
    ])
    const time = page.locator('[data-testid=timeline-entry] time').first()
    expect(await time.textContent()).toBe('Now')
    expect(await time.getAttribute('title')).toMatch(/\d{4}/)

    const file = JSON.parse(
      await readFile(join(h.libraryPath, 'articles', articleId, 'article.json'), 'utf8'),
    )
    expect(file.history.map((c: { to: string; by: string }) => `${c.to}:${c.by}`)).toEqual([
      `in_review:${REVIEWER}`,
      `approved:${REVIEWER}`,
      `draft:${REVIEWER}`,
    ])
    const revisions = await h.services.library.revisionsList(articleId)
    expect(revisions.filter((r) => r.reason === 'status')).toHaveLength(3)
  })
})
