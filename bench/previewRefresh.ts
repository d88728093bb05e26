import type { Page } from 'playwright-core'

/** Letters only, so the typed run reads the same in the editor and in the rendered page. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/**
 * Types `count` keys into the editor on `page` with the preview open, `gapMs` apart, and returns
 * for each the time in ms from its keydown to the moment the preview frame's article body
 * contains the text typed so far (seen by a MutationObserver on the frame's document).
 */
export async function previewRefreshLatency(
  page: Page,
  count: number,
  gapMs = 250,
): Promise<number[]> {
  // A word of its own, so the text typed so far is found only where it was typed.
  const anchor = 'Zqv'
  await page.keyboard.type(anchor)
  await page.evaluate((typed) => {
    const w = window as unknown as {
      __refresh: { expect: string; start: number; done: boolean; samples: number[] }
    }
    w.__refresh = { expect: typed, start: 0, done: true, samples: [] }
    const frame = document.querySelector<HTMLIFrameElement>('[data-testid=preview-frame]')
    const doc = frame?.contentDocument
    if (!doc) throw new Error('The preview frame has no document.')
    // Inline callbacks only: named functions would need a helper the page does not have.
    new MutationObserver(() => {
      const state = w.__refresh
      if (state.done) return
      const body = doc.querySelector('.cd-body')?.textContent ?? ''
      if (!body.includes(state.expect)) return
      state.done = true
      state.samples.push(performance.now() - state.start)
    }).observe(doc, {
      subtree: true,
      childList: true,
      characterData: true,
    })
    document.addEventListener(
      'keydown',
      (e) => {
        w.__refresh.start = e.timeStamp
        w.__refresh.done = false
      },
      { capture: true },
    )
  }, anchor)
  let typed = anchor
  for (let i = 0; i < count; i++) {
    const key = LETTERS[i % LETTERS.length] as string
    typed += key
    await page.evaluate((text) => {
      ;(window as unknown as { __refresh: { expect: string } }).__refresh.expect = text
    }, typed)
    await page.keyboard.press(key)
    await page.waitForFunction(
      (n) =>
        (window as unknown as { __refresh: { samples: number[] } }).__refresh.samples.length >= n,
      i + 1,
      { timeout: 10_000 },
    )
    await page.waitForTimeout(gapMs)
  }
  return page.evaluate(
    () => (window as unknown as { __refresh: { samples: number[] } }).__refresh.samples,
  )
}
