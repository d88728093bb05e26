import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { IpcResult } from '../../src/shared/ipc/contract'
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

/** Every way a theme file might try to run code; each would call `pwned()` if it could. */
const HOSTILE_TEMPLATE = `<!doctype html>
<html><head>
<meta http-equiv="Content-Security-Policy" content="script-src * 'unsafe-inline'">
<meta http-equiv="refresh" content="0;url=javascript:pwned('refresh')">
<script>pwned('head script')</script>
<script src="data:text/javascript,pwned('data script')"></script>
<link rel="stylesheet" href="{{ theme_url }}/assets/newsroom.css">
<style>body { background: url("javascript:pwned('css')") }</style>
</head>
<body onload="pwned('onload')">
<h1 class="cd-title">{{ article.title | raw }}</h1>
<img src="x" onerror="pwned('onerror')">
<svg onload="pwned('svg onload')"><script>pwned('svg script')</script></svg>
<iframe srcdoc="<script>parent.pwned('srcdoc')</script>"></iframe>
<object data="data:text/html,<script>pwned('object')</script>"></object>
<embed src="data:text/html,<script>pwned('embed')</script>">
<a id="js-link" href="javascript:pwned('link')">link</a>
<form action="javascript:pwned('form')"><button id="js-submit">Go</button></form>
<details open ontoggle="pwned('ontoggle')"><summary>x</summary></details>
<input autofocus onfocus="pwned('onfocus')">
<noscript><img src="x" onerror="pwned('noscript')"></noscript>
<div class="cd-body">{{ content | raw }}</div>
</body></html>`

/** Opens a page with JavaScript on, records every attempt, and clicks what could be clicked. */
async function attemptsIn(page: Page, open: () => Promise<unknown>): Promise<string[]> {
  const attempts: string[] = []
  page.on('dialog', (dialog) => {
    attempts.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await page.exposeFunction('pwned', (where: string) => void attempts.push(where))
  await open()
  await page.click('#js-link', { timeout: 2_000 }).catch(() => undefined)
  await page.click('#js-submit', { timeout: 2_000 }).catch(() => undefined)
  // Nothing should happen: give a trap the time it would need to fire.
  await page.waitForTimeout(300)
  return attempts
}

describe('a hostile theme stays inert', () => {
  let h: Harness
  let articleId = ''
  let siteId = ''

  beforeAll(async () => {
    h = await startHarness({ rendererDir: join(import.meta.dirname, '../harness/fixture') })
    siteId = (
      await call<{ id: string }>(h, 'sites', 'create', {
        name: 'Hostile',
        url: '',
        categories: [],
        navigation: [],
        theme: { kind: 'builtin', id: 'newsroom' },
        target: null,
      })
    ).id
    await writeFile(
      join(await h.services.sites.themeDir(siteId), 'article.liquid'),
      HOSTILE_TEMPLATE,
    )
    articleId = (
      await call<{ meta: { id: string } }>(h, 'articles', 'create', {
        title: `Quay <img src=x onerror="pwned('title')">`,
      })
    ).meta.id
    await call(h, 'articles', 'save', {
      id: articleId,
      doc: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Body survives.' }] }],
      },
    })
  })
  afterAll(async () => {
    await h?.close()
  })

  it('would notice these attempts on an unguarded page', async () => {
    const page = await h.context.newPage()
    const attempts = await attemptsIn(page, () => page.setContent(HOSTILE_TEMPLATE))
    expect(attempts).toEqual(expect.arrayContaining(['head script', 'onerror', 'link']))
    await page.close()
  })

  it('runs nothing in the preview page, even with scripts allowed around it', async () => {
    const article = await call<{ meta: unknown; doc: unknown }>(h, 'articles', 'get', {
      id: articleId,
    })
    const preview = await call<{ html: string }>(h, 'preview', 'render', {
      siteId,
      meta: article.meta,
      doc: article.doc,
    })
    const page = await h.context.newPage()
    // Served from the app's origin like the real pane; JavaScript is on for the page itself.
    await page.route(`${h.baseUrl}/preview-check.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: preview.html }),
    )
    const attempts = await attemptsIn(page, () => page.goto(`${h.baseUrl}/preview-check.html`))
    expect(attempts).toEqual([])
    expect(await page.locator('.cd-body').textContent()).toBe('Body survives.')
    await page.close()
  })

  it('runs nothing in the review copy opened from disk', async () => {
    const saved = await call<{ path: string }>(h, 'preview', 'exportReviewCopy', {
      articleId,
      siteId,
    })
    const context = await h.browser.newContext()
    const page = await context.newPage()
    const attempts = await attemptsIn(page, () => page.goto(pathToFileURL(saved.path).href))
    expect(attempts).toEqual([])
    expect((await page.locator('.cd-title').textContent())?.trim()).toBe('Quay')
    expect(await page.locator('.cd-body').textContent()).toBe('Body survives.')
    await context.close()
  })
})
