import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { pasteInto } from '../harness/pasteInto'
import { startHarness, type Harness } from '../harness/startHarness'

const editor = '[data-testid=editor] .ProseMirror'
const TITLE = 'Harbour expansion opens new routes'

const FRAME_DOC = "document.querySelector('[data-testid=preview-frame]')?.contentDocument"

/**
 * Runs `query` (source of a function of the document) against the preview frame's document
 * from the app page; they share an origin. Passed as source: the app's CSP forbids eval.
 */
function inPreview<T>(page: Page, query: string): Promise<T> {
  return page.evaluate(
    `(() => { const doc = ${FRAME_DOC}; return doc?.body ? (${query})(doc) : null })()`,
  ) as Promise<T>
}

/** Polls `predicate` in the preview frame; polled from here, since the page cannot eval. */
async function waitInPreview(page: Page, predicate: string, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout
  while (Date.now() < deadline) {
    if ((await inPreview<boolean>(page, predicate)) === true) return
    await page.waitForTimeout(30)
  }
  throw new Error(`The preview never matched ${predicate}`)
}

async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid=save-state]')?.textContent?.trim() === 'Saved',
    undefined,
    { timeout: 5000 },
  )
}

/** Layout facts read inside the preview frame at one width. */
interface Layout {
  breadcrumb: string
  category: string
  title: string
  body: string
  bodyWidth: number
  viewport: number
}

const readLayout = `(doc) => ({
  breadcrumb: doc.querySelector('.cd-breadcrumb')?.textContent.replace(/\\s+/g, ' ').trim() ?? '',
  category: doc.querySelector('.cd-category')?.textContent.trim() ?? '',
  title: doc.querySelector('.cd-title')?.textContent.trim() ?? '',
  body: doc.querySelector('.cd-body')?.textContent ?? '',
  bodyWidth: doc.querySelector('.cd-body')?.getBoundingClientRect().width ?? 0,
  viewport: doc.documentElement.clientWidth,
})`

describe('layout preview in the browser harness', () => {
  let h: Harness
  let siteId = ''
  let articleId = ''

  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h?.close()
  })

  it('creates a site in Settings → Sites', async () => {
    const page = h.page
    await page.click('[data-testid=open-settings]')
    await page.click('[data-testid=settings-tab-sites]')
    await page.click('[data-testid=sites-empty] button')
    await page.fill('[data-testid=site-url]', 'harbour-times')
    await page.click('[data-testid=site-save]')
    // Nothing is saved while the form has mistakes, and each says what to fix.
    await page.waitForSelector('text=Give the site a name.')
    await page.waitForSelector('text=starting with https://')
    await page.fill('[data-testid=site-name]', 'Harbour Times')
    await page.fill('[data-testid=site-url]', 'https://news.example.com/')
    await page.fill('[data-testid=site-categories]', 'Business, Port news,')
    await page.click('[data-testid=site-nav-add]')
    await page.fill('[data-testid=site-nav-label]', 'Shipping')
    await page.fill('[data-testid=site-nav-url]', 'https://news.example.com/shipping')
    await page.click('[data-testid=site-save]')
    await page.waitForSelector('[data-testid=site-item]')
    siteId = (await page.getAttribute('[data-testid=site-item]', 'data-id')) ?? ''
    expect(h.services.sites.list().map((s) => [s.id, s.name, s.categories])).toEqual([
      [siteId, 'Harbour Times', ['Business', 'Port news']],
    ])
    await page.click('[data-testid=settings-dialog] .ui-modal-footer button')
    await page.waitForSelector('[data-testid=settings-dialog]', { state: 'detached' })
  })

  it('keeps the site’s theme when a capture fails, and opens the theme folder', async () => {
    const page = h.page
    // A live site that has no such article.
    const server: Server = createServer((_req, res) => res.writeHead(404).end('Not found'))
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const { port } = server.address() as AddressInfo
    try {
      await page.click('[data-testid=open-settings]')
      await page.click('[data-testid=settings-tab-sites]')
      await page.click('[data-testid=site-theme-captured]')
      await page.fill('[data-testid=capture-url]', `http://127.0.0.1:${port}/2024/missing`)
      await page.click('[data-testid=capture-run]')
      const error = page.locator('[data-testid=capture-error]')
      await error.waitFor({ timeout: 20_000 })
      expect(await error.textContent()).toContain('The theme was not changed.')
      expect(h.services.sites.list()[0]?.theme).toEqual({ kind: 'builtin', id: 'newsroom' })
      await page.click('[data-testid=open-theme-folder]')
      await expect.poll(() => h.openedFolders.length).toBe(1)
      // Back to the built-in theme: nothing is left to save.
      await page.click('[data-testid=site-theme-newsroom]')
      expect(await page.isDisabled('[data-testid=site-save]')).toBe(true)
      await page.click('[data-testid=settings-dialog] .ui-modal-footer button')
      await page.waitForSelector('[data-testid=settings-dialog]', { state: 'detached' })
    } finally {
      server.close()
    }
  })

  it('assigns an article to the site and offers the site’s categories', async () => {
    const page = h.page
    await page.click('[data-testid=new-article-empty]')
    await page.fill('[data-testid=title-input]', TITLE)
    await page.click(editor)
    await page.keyboard.type('The port authority confirmed the plan on Monday.')
    await page.selectOption('[data-testid=meta-site]', siteId)
    const offered = await page.$$eval('[data-testid=meta-category-options] option', (options) =>
      options.map((o) => (o as HTMLOptionElement).value),
    )
    expect(offered).toEqual(['Business', 'Port news'])
    await page.fill('[data-testid=meta-category]', 'Shipping')
    expect(await page.textContent('[data-testid=category-hint]')).toContain('no category')
    await page.fill('[data-testid=meta-category]', 'Business')
    expect(await page.locator('[data-testid=category-hint]').count()).toBe(0)
    await waitSaved(page)
    articleId = (await page.getAttribute('[data-testid=article-row]', 'data-id')) ?? ''
    const article = await h.services.library.get(articleId)
    expect([article.meta.siteId, article.meta.category]).toEqual([siteId, 'Business'])
  })

  it('shows the article in the site’s layout at each width', async () => {
    const page = h.page
    await page.keyboard.press('Control+Shift+P')
    await page.waitForSelector('[data-testid=preview-pane]')
    expect(await page.getAttribute('[data-testid=preview-frame]', 'sandbox')).toBe(
      'allow-same-origin',
    )
    expect(await page.inputValue('[data-testid=preview-site]')).toBe(siteId)
    const layouts: Record<string, Layout> = {}
    for (const [width, px] of [
      ['desktop', 1280],
      ['tablet', 768],
      ['phone', 390],
    ] as const) {
      await page.click(`[data-testid=preview-width-${width}]`)
      await waitInPreview(page, `(doc) => doc.documentElement.clientWidth === ${px}`)
      await waitInPreview(page, `(doc) => !!doc.querySelector('.cd-title')`)
      layouts[width] = await inPreview<Layout>(page, readLayout)
      const layout = layouts[width]
      expect(layout.breadcrumb).toMatch(/Home.*Business/)
      expect(layout.category).toBe('Business')
      expect(layout.title).toBe(TITLE)
      expect(layout.body).toContain('The port authority confirmed the plan on Monday.')
      expect(await page.textContent('[data-testid=preview-width-label]')).toContain(`${px} px`)
    }
    expect(layouts.phone?.bodyWidth).toBeLessThan(layouts.desktop?.bodyWidth ?? 0)
    expect(layouts.phone?.bodyWidth).toBeLessThanOrEqual(390)
    // The site's navigation is in the header.
    expect(await inPreview<string>(page, '(doc) => doc.body.textContent')).toContain('Shipping')
  })

  it('follows typing in place, without reloading the page', async () => {
    const page = h.page
    await page.click('[data-testid=preview-width-desktop]')
    await page.evaluate(() => {
      const doc = document.querySelector<HTMLIFrameElement>('[data-testid=preview-frame]')
        ?.contentDocument as Document & { marked?: boolean }
      doc.marked = true
    })
    await page.click(`${editor} p`)
    await page.keyboard.press('End')
    await page.keyboard.type(' Three new berths will open in spring.')
    await waitInPreview(
      page,
      `(doc) => doc.querySelector('.cd-body').textContent.includes('open in spring.')`,
    )
    expect(await inPreview<boolean>(page, '(doc) => doc.marked === true')).toBe(true)
  })

  it('runs no script from the article: pasted handlers stay inert in the editor and the preview', async () => {
    const page = h.page
    await pasteInto(page, editor, {
      html:
        '<p>Hostile line.<img src="x" onerror="window.top.__pwned = 1"></p>' +
        '<p><a href="javascript:window.top.__pwned=2">tap</a></p>',
      text: 'Hostile line.',
    })
    await waitInPreview(page, `(doc) => doc.body.textContent.includes('Hostile line.')`)
    const markup = await inPreview<Record<string, number>>(
      page,
      `(doc) => ({
        handlers: doc.querySelectorAll('[onerror], [onclick], [onload]').length,
        scripts: doc.querySelectorAll('script').length,
        jsLinks: doc.querySelectorAll('a[href^="javascript:"]').length,
      })`,
    )
    expect(markup).toEqual({ handlers: 0, scripts: 0, jsLinks: 0 })
    // Even markup that slipped into the frame could not run: the sandbox allows no script.
    await inPreview(
      page,
      `(doc) => doc.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="parent.__pwned = 3">')`,
    )
    // Nothing should happen: give an error handler the time it would need to fire.
    await page.waitForTimeout(300)
    const ran = await page.evaluate(() => {
      const frame = document.querySelector<HTMLIFrameElement>('[data-testid=preview-frame]')
      return {
        parent: (window as { __pwned?: unknown }).__pwned ?? null,
        frame: (frame?.contentWindow as unknown as { __pwned?: unknown })?.__pwned ?? null,
      }
    })
    expect(ran).toEqual({ parent: null, frame: null })
  })

  it('opens links from the preview outside the app and keeps the page in place', async () => {
    const page = h.page
    await page.evaluate(() => {
      const doc = document.querySelector<HTMLIFrameElement>(
        '[data-testid=preview-frame]',
      )?.contentDocument
      const link = [...(doc?.querySelectorAll('a') ?? [])].find((a) =>
        a.textContent?.includes('Shipping'),
      )
      link?.click()
    })
    await expect.poll(() => h.openedExternally).toContain('https://news.example.com/shipping')
    expect(
      await inPreview<string>(page, `(doc) => doc.querySelector('.cd-title')?.textContent`),
    ).toContain(TITLE)
  })

  it('shows a broken theme’s error with its line above the last good page', async () => {
    const page = h.page
    const file = join(await h.services.sites.themeDir(siteId), 'article.liquid')
    const original = await readFile(file, 'utf8')
    const lines = original.split('\n')
    lines.splice(2, 0, '{% if article.title %}unclosed')
    await writeFile(file, lines.join('\n'))
    await page.click(`${editor} p`)
    await page.keyboard.press('End')
    await page.keyboard.type(' After the break.')
    const banner = page.locator('[data-testid=preview-theme-error]')
    await banner.waitFor({ timeout: 5000 })
    expect(await banner.textContent()).toContain('article.liquid:3')
    // The last good page stays under the banner.
    expect(
      await inPreview<string>(page, `(doc) => doc.querySelector('.cd-title')?.textContent`),
    ).toContain(TITLE)
    await writeFile(file, original)
    await page.keyboard.type(' Fixed.')
    await banner.waitFor({ state: 'detached', timeout: 5000 })
    await waitInPreview(
      page,
      `(doc) => doc.querySelector('.cd-body').textContent.includes('Fixed.')`,
    )
  })

  it('exports a review copy and says where it went', async () => {
    const page = h.page
    await page.click('[data-testid=export-review-copy]')
    await page.waitForSelector('.ui-toast:has-text("Review copy saved to")')
    const path = h.exports.at(-1) ?? ''
    expect(await page.textContent('.ui-toast:has-text("Review copy saved to")')).toContain(path)
    expect(await readFile(path, 'utf8')).toContain(TITLE)
  })

  it('opens the exported file, or shows it in its folder, from the toast', async () => {
    const page = h.page
    const toast = page.locator('.ui-toast', { hasText: 'Review copy saved to' })
    await toast.getByRole('button', { name: 'Open', exact: true }).click()
    await toast.waitFor({ state: 'detached' })
    await page.click('[data-testid=export-review-copy]')
    await toast.getByRole('button', { name: 'Show in folder' }).click()
    await expect.poll(() => h.shownInFolder.length).toBe(1)
    expect({ opened: h.openedFiles, shown: h.shownInFolder }).toEqual({
      opened: [h.exports.at(-1)],
      shown: [h.exports.at(-1)],
    })
  })

  it('refuses to open a file the person did not save from Copydesk', async () => {
    const answer = await h.page.evaluate(() => {
      const bridge = window as unknown as {
        copydesk: { app: { openSavedFile(input: { path: string }): Promise<unknown> } }
      }
      return bridge.copydesk.app.openSavedFile({ path: '/etc/hostname' })
    })
    expect({ answer, opened: h.openedFiles.length }).toEqual({
      answer: { ok: false, error: expect.objectContaining({ code: 'forbidden' }) },
      opened: 1,
    })
  })

  it('goes full window and back with Escape, and closes from the View menu command', async () => {
    const page = h.page
    await page.click('[data-testid=preview-full]')
    await page.waitForSelector('[data-testid=preview-pane].ui-is-full')
    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-testid=preview-pane]:not(.ui-is-full)')
    await h.sendMenuCommand('toggle-preview')
    await page.waitForSelector('[data-testid=preview-pane]', { state: 'detached' })
  })
})
