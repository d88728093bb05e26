import type { Page } from 'playwright-core'
import { startHarness } from '../tests/harness/startHarness'
import type { BenchRow } from './BenchRow'
import { newsDoc } from './newsDoc'
import { percentile } from './percentile'
import { previewRefreshLatency } from './previewRefresh'
import { typingLatency } from './typingLatency'

async function openPreview(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+P')
  await page.waitForFunction(
    () =>
      !!document
        .querySelector<HTMLIFrameElement>('[data-testid=preview-frame]')
        ?.contentDocument?.querySelector('.cd-body p'),
    undefined,
    { timeout: 20_000 },
  )
}

/**
 * The layout preview on a long article: how soon a keystroke shows in the preview, and what
 * having the preview open costs typing (keydown to next frame), against the preview closed.
 */
export async function runPreviewBench(
  words = 5000,
  keystrokes = 60,
  keys = 300,
): Promise<BenchRow[]> {
  const harness = await startHarness({ headless: true, viewport: { width: 1600, height: 900 } })
  try {
    const article = await harness.services.library.create({
      title: `Preview benchmark, ${words} words`,
    })
    const id = article.meta.id
    await harness.services.library.save(
      { id, doc: newsDoc(words), meta: { category: 'Business', tags: ['port', 'shipping'] } },
      'bench',
    )
    const open = async (): Promise<Page> => {
      await harness.reload()
      await harness.page.click(`[data-testid=article-row][data-id="${id}"]`)
      await harness.page.waitForSelector('[data-testid=editor] .ProseMirror p')
      return harness.page
    }

    // Typing with the preview closed and open, interleaved over two rounds.
    const typing = { closed: [] as number[], open: [] as number[] }
    for (let round = 0; round < 2; round++) {
      for (const state of ['closed', 'open'] as const) {
        const page = await open()
        if (state === 'open') await openPreview(page)
        typing[state].push(...(await typingLatency(page, keys)))
      }
    }

    const page = await open()
    await openPreview(page)
    // The caret at the end of a plain paragraph in the middle of the article.
    const paragraphs = page.locator('[data-testid=editor] .ProseMirror > p')
    await paragraphs.nth(Math.floor((await paragraphs.count()) / 2)).click()
    await page.keyboard.press('End')
    const refresh = await previewRefreshLatency(page, keystrokes)

    const label = `preview ${words / 1000}k words`
    const p95 = percentile(refresh, 95)
    const rows: BenchRow[] = [
      {
        name: `${label}: refresh after a keystroke, p50`,
        value: percentile(refresh, 50),
        unit: 'ms',
      },
      {
        name: `${label}: refresh after a keystroke, p95`,
        value: p95,
        unit: 'ms',
        target: '< 100 ms',
        pass: p95 < 100,
      },
      { name: `${label}: refresh samples`, value: refresh.length, unit: 'keys' },
    ]
    for (const state of ['closed', 'open'] as const) {
      rows.push({
        name: `${label}: typing, preview ${state}: p50`,
        value: percentile(typing[state], 50),
        unit: 'ms',
      })
      rows.push({
        name: `${label}: typing, preview ${state}: p95`,
        value: percentile(typing[state], 95),
        unit: 'ms',
        ...(state === 'open'
          ? { target: '< 16 ms (real hardware)', pass: percentile(typing.open, 95) < 16 }
          : {}),
      })
    }
    const ratio = percentile(typing.open, 95) / percentile(typing.closed, 95)
    rows.push({
      name: `${label}: typing p95 ratio preview open / closed`,
      value: ratio,
      unit: '×',
      target: '≈ 1× (the preview does not slow typing)',
      pass: ratio <= 1.3,
    })
    return rows
  } finally {
    await harness.close()
  }
}
