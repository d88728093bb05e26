import { writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { DocNode } from '../../src/shared/article/Article'
import { safeImageSrc, safeLinkHref } from '../../src/shared/safety/urlPolicy'
import { articleFileWithEveryUnsafeUrl, urlsIn } from '../fixtures/hostile'
import { pasteInto } from '../harness/pasteInto'
import { startHarness, type Harness } from '../harness/startHarness'

/*
 * Nothing in a document reaches out. Every request of every page and frame (the window, the
 * preview frame, a review copy) is recorded and cut off unless it goes to the app itself; a
 * "tracker" on 127.0.0.1 (another port, so another origin) counts the requests that reached it,
 * from the window or from the main side. No other address is ever contacted.
 */

const WAIT = { timeout: 15_000 }
const EDITOR = '.ui-pane-editor > .ui-editor-scroll [data-testid=editor] .ProseMirror'

let h: Harness
let tracker: Server
let trackerOrigin: string
const trackerHits: string[] = []
const foreign: string[] = []

const p = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const image = (src: string, alt: string): DocNode => ({
  type: 'image',
  attrs: { src, alt, title: null, caption: '', width: null, height: null },
})

/** Opens an article from the library list and waits until the editor shows its title. */
async function openInEditor(page: Page, id: string, title: string): Promise<void> {
  await page.click(`[data-testid=article-row][data-id="${id}"]`)
  await page.waitForFunction(
    (expected) =>
      document.querySelector<HTMLInputElement>('[data-testid=title-input]')?.value === expected,
    title,
    WAIT,
  )
  await page.waitForSelector(EDITOR, WAIT)
}

/** Waits until every image that started loading has settled. */
async function settleImages(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const probe = new Image()
    probe.src = `/no-such-image-${Date.now()}.png`
    await probe.decode().catch(() => undefined)
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)))
  })
}

/** How long the window takes to answer a trivial question, in milliseconds. */
async function answerTime(page: Page): Promise<number> {
  const start = Date.now()
  await page.evaluate(() => document.title)
  return Date.now() - start
}

beforeAll(async () => {
  tracker = createServer((req, res) => {
    trackerHits.push(req.url ?? '')
    res.writeHead(200, { 'content-type': 'image/gif' }).end('GIF89a')
  })
  await new Promise<void>((done) => tracker.listen(0, '127.0.0.1', done))
  trackerOrigin = `http://127.0.0.1:${(tracker.address() as AddressInfo).port}`

  h = await startHarness()
  const app = `${h.baseUrl}/`
  h.context.on('request', (request) => {
    const url = request.url()
    if (url.startsWith(app) || url.startsWith('data:') || url.startsWith('blob:')) return
    if (url === 'about:blank' || url === 'about:srcdoc') return
    foreign.push(url)
  })
  // Whatever is attempted is recorded above and goes no further than this browser.
  await h.context.route(
    (url) => !url.href.startsWith(app),
    (route) => route.abort(),
  )
}, 120_000)

afterAll(async () => {
  await h?.close()
  await new Promise((done) => tracker.close(done))
})

describe('documents that name the outside world', () => {
  let beaconId = ''
  let unsafeId = ''

  beforeAll(async () => {
    const beacon = await h.services.library.create({ title: 'Newsletter with a beacon' })
    beaconId = beacon.meta.id
    await h.services.library.save(
      {
        id: beaconId,
        doc: {
          type: 'doc',
          content: [
            p('Pasted from a newsletter.'),
            image(`${trackerOrigin}/p.gif?draft=1`, 'pixel'),
            image('https://tracker.example/p.gif?draft=1', 'remote pixel'),
            image('http://169.254.169.254/latest/meta-data/', 'metadata'),
          ],
        },
        meta: { featuredImage: { src: `${trackerOrigin}/featured.gif`, alt: 'featured' } },
      },
      'Reach check',
    )
    // An article.json as a careless peer would write it, straight onto the disk.
    const unsafe = await h.services.library.create({ title: 'Every unsafe URL' })
    unsafeId = unsafe.meta.id
    const file = articleFileWithEveryUnsafeUrl(unsafeId)
    await writeFile(
      join(h.libraryPath, 'articles', unsafeId, 'article.json'),
      JSON.stringify({ ...file, meta: { ...file.meta, updatedAt: new Date().toISOString() } }),
    )
    await h.reload()
    await h.page.waitForSelector('[data-testid=article-row]', WAIT)
  }, 60_000)

  it('holds only allowed URLs once loaded from disk', async () => {
    const article = await h.services.library.get(unsafeId)
    const { hrefs, srcs } = urlsIn(article.doc)
    expect(hrefs.filter((href) => safeLinkHref(href) === null)).toEqual([])
    expect(srcs.filter((src) => safeImageSrc(src) === null)).toEqual([])
    expect(article.meta.featuredImage).toBeNull()
    expect(JSON.stringify(article.doc)).toContain('bad link 0')
  })

  it('opens them in the editor and the preview with no request leaving the app', async () => {
    const page = h.page
    await openInEditor(page, beaconId, 'Newsletter with a beacon')
    await settleImages(page)
    expect(await page.locator(`${EDITOR} .ui-figure--remote`).count()).toBe(3)
    await page.keyboard.press('Control+Shift+P')
    await page.waitForSelector('[data-testid=preview-frame]', WAIT)
    await page.waitForFunction(
      () =>
        document
          .querySelector<HTMLIFrameElement>('[data-testid=preview-frame]')
          ?.contentDocument?.body?.textContent?.includes('Pasted from a newsletter.') === true,
      undefined,
      WAIT,
    )
    await openInEditor(page, unsafeId, 'Every unsafe URL')
    await settleImages(page)
    await page.waitForTimeout(0)
    expect(foreign).toEqual([])
    expect(trackerHits).toEqual([])
  })

  it('exports a review copy that loads nothing, without the main side fetching anything', async () => {
    const html = await h.services.preview.reviewCopyHtml({ articleId: beaconId, siteId: null })
    expect(html).not.toContain(trackerOrigin)
    expect(html).not.toContain('169.254.169.254')
    const reviewer = await h.context.newPage()
    await reviewer.setContent(html, { waitUntil: 'load' })
    await settleImages(reviewer)
    await reviewer.close()
    expect(foreign).toEqual([])
    expect(trackerHits).toEqual([])
  })

  it('refuses to download an image from this computer on a document’s behalf', async () => {
    const result = await h.page.evaluate(
      ([articleId, url]) => {
        const api = (
          window as unknown as {
            copydesk: { assets: { download(input: unknown): Promise<{ ok: boolean }> } }
          }
        ).copydesk
        return api.assets.download({ articleId, url })
      },
      [beaconId, `${trackerOrigin}/p.gif?draft=1`] as const,
    )
    expect(result).toMatchObject({ ok: false })
    expect(trackerHits).toEqual([])
  })
})

describe('pathological paste', () => {
  const deepHtml = `${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}`
  const bombText = '<div>'.repeat(400_000)
  const wideHtml = '<p>x</p>'.repeat(250_000)
  // Just under the size limit, over the element limit: the longest scan before a refusal.
  const largeHtml = '<p class="aaaaaaaaaaaaaaaaaaaaaaaaaa">x</p>'.repeat(210_000)
  const bombs: [string, string, string][] = [
    ['HTML nested 5,000 deep', deepHtml, 'deep'],
    ['a 2 MB nesting bomb pasted as text', '', bombText],
    ['a 2 MB nesting bomb as HTML', bombText, 'x'],
    ['250,000 paragraphs', wideHtml, 'x'],
    ['8 MB of flat HTML', largeHtml, 'x'],
  ]

  beforeAll(async () => {
    const article = await h.services.library.create({ title: 'Bombs' })
    await h.page.reload()
    await h.page.waitForSelector('[data-testid=article-row]', WAIT)
    await openInEditor(h.page, article.meta.id, 'Bombs')
  }, 60_000)

  it.each(bombs)('keeps the window answering within a second: %s', async (_name, html, text) => {
    const page = h.page
    await pasteInto(page, EDITOR, { html: html || undefined, text }, true)
    const during = await answerTime(page)
    await page.waitForSelector('[data-testid=toast]', WAIT)
    const after = await answerTime(page)
    const toast = await page.locator('[data-testid=toast]').last().textContent()
    await page.evaluate(() =>
      document
        .querySelectorAll<HTMLElement>('[data-testid=toast] button')
        .forEach((b) => b.click()),
    )
    expect({ during: during < 1000, after: after < 1000 }).toEqual({ during: true, after: true })
    expect(toast).toMatch(/too (deeply|long|large)|too many parts/)
  })
})
