import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { startHarness, type Harness } from '../harness/startHarness'

/** The machine running these may be busy; waits are generous but never sleeps. */
const WAIT = { timeout: 10_000 }
/** The article's own editor; a shown revision has a second, read-only one. */
const editor = '.ui-pane-editor > .ui-editor-scroll [data-testid=editor] .ProseMirror'
const revisionText = '[data-testid=revision-view] [data-testid=editor] .ProseMirror'
const row = (id: string): string => `[data-testid=article-row][data-id="${id}"]`

async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid=save-state]')?.textContent?.trim() === 'Saved',
    undefined,
    WAIT,
  )
}

async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([sel, want]) => document.querySelector(sel)?.textContent?.includes(want) === true,
    [selector, text] as const,
    WAIT,
  )
}

/** Titles of the rows the library list shows right now, top to bottom. */
async function listedTitles(page: Page): Promise<string[]> {
  return page.locator('[data-testid=article-row] .ui-article-row-title').allTextContents()
}

/** Waits until the list shows exactly these titles, in any order. */
async function waitForList(page: Page, titles: string[]): Promise<string[]> {
  const want = [...titles].sort()
  await page.waitForFunction(
    (expected) => {
      const shown = [
        ...document.querySelectorAll('[data-testid=article-row] .ui-article-row-title'),
      ]
        .map((el) => el.textContent ?? '')
        .sort()
      return JSON.stringify(shown) === JSON.stringify(expected)
    },
    want,
    WAIT,
  )
  return (await listedTitles(page)).sort()
}

/** Creates an article through the UI with a title and one paragraph; returns its id. */
async function writeArticle(page: Page, title: string, body: string): Promise<string> {
  const empty = page.locator('[data-testid=new-article-empty]')
  await page.click(
    (await empty.isVisible()) ? '[data-testid=new-article-empty]' : '[data-testid=new-article]',
  )
  // The article open before stays on screen until the new one arrives.
  await page.waitForFunction(
    (sel) =>
      document.querySelector(sel)?.textContent === '' &&
      document.querySelector<HTMLInputElement>('[data-testid=title-input]')?.value === '',
    editor,
    WAIT,
  )
  await page.fill('[data-testid=title-input]', title)
  await page.click(editor)
  await page.keyboard.type(body)
  await waitForText(page, '[data-testid=article-row][aria-selected=true]', title)
  await waitSaved(page)
  const id = await page
    .locator('[data-testid=article-row][aria-selected=true]')
    .getAttribute('data-id')
  if (!id) throw new Error('The new article has no row in the library.')
  return id
}

async function moveToTrash(page: Page, id: string): Promise<void> {
  await page.click(`${row(id)} [data-testid=row-menu]`)
  await page.click(`${row(id)} [data-testid=row-delete]`)
  await page.waitForSelector(row(id), { ...WAIT, state: 'detached' })
}

/** Opens the article from the list and reads back what the editor shows. */
async function openAndRead(page: Page, id: string, bodyWord: string): Promise<[string, string]> {
  await page.click(row(id))
  await waitForText(page, editor, bodyWord)
  return [
    await page.inputValue('[data-testid=title-input]'),
    (await page.textContent(editor)) ?? '',
  ]
}

describe('library: trash, history and filters', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness()
    await h.page.waitForSelector('[data-testid=new-article-empty]', WAIT)
  })
  afterAll(async () => {
    await h?.close()
  })

  describe('moving an article to the trash and back', () => {
    const title = 'Harbour closure notice'
    const body = 'Divers inspected the breakwater on Tuesday.'
    let id = ''

    it('takes a deleted article out of the list', async () => {
      id = await writeArticle(h.page, title, body)
      await moveToTrash(h.page, id)
      expect(await h.page.locator(row(id)).count()).toBe(0)
    })

    it('brings it back, content intact, from the Undo toast', async () => {
      const toast = h.page.locator('[data-testid=toast]', { hasText: 'Moved to trash' })
      await toast.locator('[data-testid=toast-action]').click()
      await h.page.waitForSelector(row(id), WAIT)
      expect(await openAndRead(h.page, id, 'breakwater')).toEqual([title, body])
    })

    it('lists it in the trash view and restores it from there', async () => {
      await moveToTrash(h.page, id)
      await h.page.click('[data-testid=show-trash]')
      const entry = h.page.locator(`[data-testid=trash-row][data-id="${id}"]`)
      await entry.waitFor(WAIT)
      expect(await entry.textContent()).toContain(title)

      await entry.locator('[data-testid=trash-restore]').click()
      await entry.waitFor({ ...WAIT, state: 'detached' })
      // It says so, and the old "Moved to trash · Undo" offer goes away with it.
      await h.page.waitForSelector('.ui-toast:has-text("Restored")', WAIT)
      expect(await h.page.locator('.ui-toast:has-text("Moved to trash")').count()).toBe(0)
      await h.page.click('[data-testid=show-trash]')
      await h.page.waitForSelector(row(id), WAIT)
      expect(await openAndRead(h.page, id, 'breakwater')).toEqual([title, body])
    })

    it('deletes it for good with Empty trash, once confirmed', async () => {
      await moveToTrash(h.page, id)
      await h.page.click('[data-testid=show-trash]')
      await h.page.click('[data-testid=empty-trash]')
      await h.page.waitForSelector('[data-testid=confirm-dialog]', WAIT)
      await h.page.click('[data-testid=confirm-ok]')
      await h.page.waitForSelector('[data-testid=trash-row]', { ...WAIT, state: 'detached' })
      await h.page.click('[data-testid=show-trash]')
      await h.page.waitForSelector('[data-testid=library-search]', WAIT)

      const left = await readdir(join(h.libraryPath, 'trash')).catch(() => [])
      expect({ left, listed: await h.page.locator(row(id)).count() }).toEqual({
        left: [],
        listed: 0,
      })
    })
  })

  describe('bringing back an earlier version', () => {
    const oldText = 'Original wording about the pier lights.'
    const newText = 'Rewritten wording about ferry fares.'
    let id = ''

    it('shows a status-change snapshot read-only, with the text as it was then', async () => {
      const page = h.page
      id = await writeArticle(page, 'Pier lights', oldText)
      await page.selectOption('[data-testid=status-select]', 'in_review')
      await waitSaved(page)
      await page.click(editor)
      await page.keyboard.press('ControlOrMeta+a')
      await page.keyboard.type(newText)
      await waitForText(page, `${row(id)} .ui-article-row-first-line`, 'ferry fares')
      await waitSaved(page)

      await page.click('[data-testid=show-revisions]')
      await page.locator('[data-testid=revision-item]', { hasText: 'Status changed' }).click()
      await waitForText(page, revisionText, 'pier lights')
      expect(await page.textContent(revisionText)).toBe(oldText)
    })

    it('restores it into the editor, once confirmed with what changes', async () => {
      await h.page.click('[data-testid=revision-restore]')
      await h.page.waitForSelector('[data-testid=restore-diff]', WAIT)
      expect(await h.page.textContent('[data-testid=restore-diff]')).toContain('pier lights')
      await h.page.click('[data-testid=confirm-ok]')
      await h.page.waitForSelector('[data-testid=revision-view]', { ...WAIT, state: 'detached' })
      await waitForText(h.page, editor, 'pier lights')
      expect(await h.page.textContent(editor)).toBe(oldText)
    })

    it('keeps the replaced text as a restore snapshot, so the restore can be undone', async () => {
      const page = h.page
      await page.locator('[data-testid=revision-item]', { hasText: 'Before a restore' }).click()
      await waitForText(page, revisionText, 'ferry fares')
      await page.click('[data-testid=revision-restore]')
      await page.click('[data-testid=confirm-ok]')
      await page.waitForSelector('[data-testid=revision-view]', { ...WAIT, state: 'detached' })
      await waitForText(page, editor, 'ferry fares')
      const onDisk = await h.services.library.get(id)
      expect([await page.textContent(editor), JSON.stringify(onDisk.doc)]).toEqual([
        newText,
        expect.stringContaining(newText),
      ])
    })

    it('takes a restore back with Ctrl/Cmd+Z in the text, one step, and saves that', async () => {
      const page = h.page
      // The restore leaves the caret in the text, so the shortcut works at once.
      await page.waitForFunction(() => document.activeElement?.closest('.ProseMirror') != null)
      await page.keyboard.press('ControlOrMeta+z')
      await waitForText(page, editor, 'pier lights')
      await waitSaved(page)
      const onDisk = JSON.stringify((await h.services.library.get(id)).doc)
      expect({ shown: await page.textContent(editor), saved: onDisk.includes(oldText) }).toEqual({
        shown: oldText,
        saved: true,
      })
    })

    it('counts words in History as the status bar does', async () => {
      const page = h.page
      // Decimals, abbreviations, Japanese and a caption were counted differently by the two.
      await page.click(editor)
      await page.keyboard.press('ControlOrMeta+a')
      await page.keyboard.type('Fares rise 3.5 per cent, e.g. on the 東京 line.')
      await waitSaved(page)
      await page.click('[data-testid=side-details]')
      await page.selectOption('[data-testid=status-select]', 'draft')
      await waitSaved(page)
      await page.click('[data-testid=side-history]')
      const newest = page.locator('[data-testid=revision-item]').first()
      await waitForText(page, '[data-testid=revision-item]', 'Status changed')
      const history = (await newest.locator('.ui-revision-detail').textContent())?.split(' · ')[1]
      expect({ history, statusBar: await page.textContent('[data-testid=word-count]') }).toEqual({
        history: '10 words',
        statusBar: '10 words',
      })
    })
  })

  describe('narrowing the list with filters', () => {
    const tides = 'Tide tables explained'
    const ferries = 'Ferry timetable changes'
    const all = [tides, ferries, 'Pier lights']

    async function describeArticle(status: string, category: string, tag: string): Promise<void> {
      const page = h.page
      // The side pane may still show History from the story before.
      await page.click('[data-testid=side-details]')
      await page.selectOption('[data-testid=status-select]', status)
      await page.fill('[data-testid=meta-category]', category)
      await page.fill('[data-testid=tags-input]', tag)
      await page.press('[data-testid=tags-input]', 'Enter')
      await page.waitForSelector(`[data-testid=tag-chip]:has-text("${tag}")`, WAIT)
      await waitSaved(page)
    }

    /** Chooses a filter value and returns the titles once the list shows `expected`. */
    async function filterBy(testId: string, value: string, expected: string[]): Promise<string[]> {
      await h.page.selectOption(`[data-testid=${testId}]`, value, WAIT)
      return waitForList(h.page, expected)
    }

    beforeAll(async () => {
      await writeArticle(h.page, tides, 'High water comes twice a day.')
      await describeArticle('approved', 'Science', 'ocean')
      await writeArticle(h.page, ferries, 'The early crossing moves to six.')
      await describeArticle('draft', 'Transport', 'ferries')
      await waitForList(h.page, all)
    })

    it('by status', async () => {
      expect(await filterBy('filter-status', 'approved', [tides])).toEqual([tides])
      await h.page.selectOption('[data-testid=filter-status]', '')
      expect(await waitForList(h.page, all)).toEqual([...all].sort())
    })

    it('by category', async () => {
      expect(await filterBy('filter-category', 'Transport', [ferries])).toEqual([ferries])
      await h.page.selectOption('[data-testid=filter-category]', '')
      expect(await waitForList(h.page, all)).toEqual([...all].sort())
    })

    it('by tag', async () => {
      expect(await filterBy('filter-tag', 'ocean', [tides])).toEqual([tides])
      await h.page.selectOption('[data-testid=filter-tag]', '')
      expect(await waitForList(h.page, all)).toEqual([...all].sort())
    })

    it('says when nothing matches, and Clear filter shows everything again', async () => {
      const page = h.page
      await page.selectOption('[data-testid=filter-status]', 'approved')
      await page.selectOption('[data-testid=filter-category]', 'Transport')
      await page.waitForSelector('[data-testid=no-matches]', WAIT)
      expect(await page.locator('[data-testid=article-row]').count()).toBe(0)

      await page.click('[data-testid=clear-filter]')
      expect(await waitForList(page, all)).toEqual([...all].sort())
    })
  })
})
