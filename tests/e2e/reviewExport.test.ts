import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IpcResult } from '../../src/shared/ipc/contract'
import { makePng } from '../fixtures/makePng'
import { startHarness, type Harness } from '../harness/startHarness'

/** Calls `window.copydesk.<group>.<method>(input)` inside the app page, as the UI does. */
async function call<T>(h: Harness, group: string, method: string, input?: unknown): Promise<T> {
  const result = (await h.page.evaluate(
    ([g, m, i]) => {
      const api = (
        window as unknown as { copydesk: Record<string, Record<string, (x: unknown) => unknown>> }
      ).copydesk
      return api[g]?.[m]?.(i)
    },
    [group, method, input] as const,
  )) as IpcResult<T>
  if (!result.ok) throw new Error(`${group}.${method}: ${result.error.message}`)
  return result.value
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

describe('review exports', () => {
  let h: Harness
  let articleId = ''
  let siteId = ''

  beforeAll(async () => {
    // The app page only needs window.copydesk here; the preview UI has its own tests.
    h = await startHarness({ rendererDir: join(import.meta.dirname, '../harness/fixture') })
    const site = await call<{ id: string }>(h, 'sites', 'create', {
      name: 'Harbour Group',
      url: 'https://harbour.example.com/',
      categories: ['Industry Insights'],
      navigation: [{ label: 'News', url: '/news/' }],
      theme: { kind: 'builtin', id: 'newsroom' },
      target: null,
    })
    siteId = site.id
    const article = await call<{ meta: { id: string } }>(h, 'articles', 'create', {
      title: 'Deep-water quay opens',
    })
    articleId = article.meta.id
    const image = await call<{ src: string }>(h, 'assets', 'import', {
      articleId,
      fileName: 'quay.png',
      mimeType: 'image/png',
      dataBase64: makePng(64, 40).toString('base64'),
    })
    await call(h, 'articles', 'save', {
      id: articleId,
      meta: {
        slug: 'deep-water-quay-opens',
        category: 'Industry Insights',
        siteId,
        featuredImage: { src: image.src, alt: 'The new quay' },
      },
      doc: {
        type: 'doc',
        content: [
          paragraph('The Harbour Authority opened the first phase of its deep-water quay.'),
          { type: 'image', attrs: { src: image.src, alt: 'Cranes at dawn' } },
        ],
      },
    })
  })
  afterAll(async () => {
    await h?.close()
  })

  it('exports a review copy that a browser shows with no server at all', async () => {
    const saved = await call<{ path: string } | null>(h, 'preview', 'exportReviewCopy', {
      articleId,
      siteId,
    })
    expect(saved?.path).toMatch(/exports\/deep-water-quay-opens-review\.html$/)
    expect(h.exports).toEqual([saved?.path])

    // A reviewer's browser: a fresh context with no Copydesk bridge, opening the file.
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } })
    const fileUrl = pathToFileURL(saved?.path ?? '').href
    const requests: string[] = []
    context.on('request', (request) => {
      if (request.url() !== fileUrl && !request.url().startsWith('data:')) {
        requests.push(request.url())
      }
    })
    const reviewer = await context.newPage()
    await reviewer.goto(fileUrl, { waitUntil: 'load' })

    expect(await reviewer.locator('.cd-title').textContent()).toBe('Deep-water quay opens')
    expect(await reviewer.locator('.cd-body').textContent()).toContain('deep-water quay')
    expect((await reviewer.locator('.cd-breadcrumb').innerText()).replace(/\s+/g, ' ')).toBe(
      'Home > Industry Insights',
    )
    for (const selector of ['.cd-title', '.cd-body', '.cd-breadcrumb', '.cd-review-banner']) {
      expect(await reviewer.locator(selector).isVisible()).toBe(true)
    }
    const loaded = await reviewer.evaluate(() =>
      [...document.images].map((img) => img.complete && img.naturalWidth > 0),
    )
    // The logo in header and footer, the featured image and the body image.
    expect(loaded).toEqual([true, true, true, true])
    // The theme's stylesheet applied: the body column is the theme's, not the full page.
    const bodyWidth = await reviewer.evaluate(
      () => document.querySelector('.cd-body')?.getBoundingClientRect().width ?? 0,
    )
    expect(bodyWidth).toBeGreaterThan(500)
    expect(bodyWidth).toBeLessThan(900)
    expect(requests).toEqual([])
    await context.close()
  })

  it('exports a PDF', async () => {
    const saved = await call<{ path: string } | null>(h, 'preview', 'exportPdf', {
      articleId,
      siteId,
    })
    expect(saved?.path).toMatch(/exports\/deep-water-quay-opens\.pdf$/)
    const pdf = await readFile(saved?.path ?? '')
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.byteLength).toBeGreaterThan(5_000)
  })
})
