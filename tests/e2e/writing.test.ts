import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { startHarness, type Harness } from '../harness/startHarness'
import { makePng } from '../fixtures/makePng'

const editor = '[data-testid=editor] .ProseMirror'

async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid=save-state]')?.textContent?.trim() === 'Saved',
    undefined,
    { timeout: 5000 },
  )
}

async function articleOnDisk(h: Harness, id: string): Promise<unknown> {
  return JSON.parse(await readFile(join(h.libraryPath, 'articles', id, 'article.json'), 'utf8'))
}

describe('writing an article in the browser harness', () => {
  let h: Harness
  let id = ''

  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h?.close()
  })

  it('starts on an empty library with a way to begin', async () => {
    await h.page.waitForSelector('[data-testid=new-article-empty]')
    expect(await h.page.locator('[data-testid=article-row]').count()).toBe(0)
  })

  it('creates an article, formats text, adds a link, an image and a table, and autosaves', async () => {
    const page = h.page
    await page.click('[data-testid=new-article-empty]')
    await page.fill('[data-testid=title-input]', 'Harbour expansion opens new routes')
    await page.click(editor)
    await page.keyboard.type('The port authority confirmed the plan on Monday. ')
    await page.keyboard.press('Control+b')
    await page.keyboard.type('Three new berths')
    await page.keyboard.press('Control+b')
    await page.keyboard.type(' will open in spring.')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Read the announcement')
    // Select the words just typed and link them.
    for (let i = 0; i < 'announcement'.length; i++) await page.keyboard.press('Shift+ArrowLeft')
    await page.keyboard.press('Control+k')
    await page.fill('[data-testid=link-input]', 'example.com/news')
    await page.keyboard.press('Enter')
    await page.keyboard.press('End')
    await page.keyboard.press('Enter')

    const chooser = page.waitForEvent('filechooser')
    await page.click('[data-testid=tb-image]')
    await (
      await chooser
    ).setFiles({ name: 'harbour.png', mimeType: 'image/png', buffer: makePng(64, 40) })
    await page.waitForSelector(`${editor} img[src^="/media/"]`)

    await page.click(editor + ' p:last-of-type')
    await page.keyboard.press('Control+End')
    await page.click('[data-testid=tb-table]')
    await page.waitForSelector(`${editor} table`)
    await page.keyboard.type('Berth')

    await waitSaved(page)
    id = (await page.locator('[data-testid=article-row]').first().getAttribute('data-id')) ?? ''
    expect(id).not.toBe('')
    const file = JSON.stringify(await articleOnDisk(h, id))
    expect(file).toContain('Harbour expansion opens new routes')
    expect(file).toContain('"type":"bold"')
    expect(file).toContain('https://example.com/news')
    expect(file).toMatch(/"src":"asset:[a-f0-9]{64}\.png"/)
    expect(file).toContain('"type":"table"')
  })

  it('finds everything intact after reloading the app', async () => {
    await h.reload()
    const page = h.page
    await page.click(`[data-testid=article-row][data-id="${id}"]`)
    await page.waitForSelector(`${editor} table`)
    expect(await page.inputValue('[data-testid=title-input]')).toBe(
      'Harbour expansion opens new routes',
    )
    expect(await page.locator(`${editor} strong`).first().textContent()).toBe('Three new berths')
    expect(await page.locator(`${editor} a`).first().getAttribute('href')).toBe(
      'https://example.com/news',
    )
    expect(await page.locator(`${editor} img`).count()).toBe(1)
    expect(await page.locator(`${editor} th, ${editor} td`).first().textContent()).toBe('Berth')
    const loaded = await page.evaluate(async () => {
      const img = document.querySelector('[data-testid=editor] img') as HTMLImageElement
      await img.decode()
      return img.naturalWidth
    })
    expect(loaded).toBe(64)
  })

  it('finds the article by a word of its body as you type', async () => {
    const page = h.page
    await page.fill('[data-testid=library-search]', 'berths')
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=article-row]').length === 1,
    )
    await page.fill('[data-testid=library-search]', 'zeppelin')
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=article-row]').length === 0,
    )
    await page.fill('[data-testid=library-search]', '')
  })
})
