import type { Page } from 'playwright-core'

/** Keys typed per sample run: letters and spaces, like prose. */
const KEYS = 'the quick brown fox jumps over the lazy dog '

/**
 * Types `count` keys into the editor on `page`, 15 ms apart, with the caret in the middle of the
 * document, and returns keydown-to-next-frame latencies in ms (see BENCH-NOTES: each sample is the
 * time from the keydown's timeStamp to a setTimeout(0) queued inside the next animation frame).
 */
export async function typingLatency(
  page: Page,
  count: number,
  keepCaret = false,
): Promise<number[]> {
  await page.waitForSelector('[data-testid=editor] .ProseMirror p')
  if (!keepCaret) await placeCaretInMiddle(page)
  return typeAndMeasure(page, count)
}

async function placeCaretInMiddle(page: Page): Promise<void> {
  await page.evaluate(() => {
    const paragraphs = document.querySelectorAll('[data-testid=editor] .ProseMirror p')
    const middle = paragraphs[Math.floor(paragraphs.length / 2)] as HTMLElement
    middle.scrollIntoView({ block: 'center' })
  })
  const box = await page.evaluate(() => {
    const paragraphs = document.querySelectorAll('[data-testid=editor] .ProseMirror p')
    const middle = paragraphs[Math.floor(paragraphs.length / 2)] as HTMLElement
    const r = middle.getBoundingClientRect()
    return { x: r.left + r.width / 2, y: r.top + 4 }
  })
  await page.mouse.click(box.x, box.y)
}

async function typeAndMeasure(page: Page, count: number): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __latency: number[]; __listening?: boolean }
    w.__latency = []
    if (w.__listening) return
    w.__listening = true
    document.addEventListener(
      'keydown',
      (e) => {
        const start = e.timeStamp
        requestAnimationFrame(() =>
          setTimeout(() => w.__latency.push(performance.now() - start), 0),
        )
      },
      { capture: true },
    )
  })
  for (let i = 0; i < count; i++) {
    const key = KEYS[i % KEYS.length] as string
    await page.keyboard.press(key === ' ' ? 'Space' : key)
    await page.waitForTimeout(15)
  }
  await page.waitForTimeout(300)
  return page.evaluate(() => (window as unknown as { __latency: number[] }).__latency)
}
