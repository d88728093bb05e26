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
      __refresh: {
        expect: string
        start: number
        done: boolean
        samples: number[]
        doc: Document | null
        observer: MutationObserver
      }
    }
    // Inline callbacks only: named functions would need a helper the page does not have.
    const observer = new MutationObserver(() => {
      const state = w.__refresh
      if (state.done || !state.doc) return
      const body = state.doc.querySelector('.cd-body')?.textContent ?? ''
      if (!body.includes(state.expect)) return
      state.done = true
      state.samples.push(performance.now() - state.start)
    })
    w.__refresh = { expect: typed, start: 0, done: true, samples: [], doc: null, observer }
    document.addEventListener(
      'keydown',
      (e) => {
        const state = w.__refresh
        state.start = e.timeStamp
        state.done = false
        // The frame may have loaded a new document since the last key: watch the current one.
        const doc =
          document.querySelector<HTMLIFrameElement>('[data-testid=preview-frame]')
            ?.contentDocument ?? null
        if (doc !== state.doc && doc) {
          state.observer.disconnect()
          state.observer.observe(doc, { subtree: true, childList: true, characterData: true })
          state.doc = doc
        }
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
    await page
      .waitForFunction(
        (n) =>
          (window as unknown as { __refresh: { samples: number[] } }).__refresh.samples.length >= n,
        i + 1,
        { timeout: 10_000 },
      )
      .catch(async (error: unknown) => {
        const seen = await page.evaluate(
          () =>
            document
              .querySelector<HTMLIFrameElement>('[data-testid=preview-frame]')
              ?.contentDocument?.querySelector('.cd-body')
              ?.textContent?.match(/Zqv\w*/)?.[0] ?? 'no typed text',
        )
        throw new Error(`The preview never showed “${typed}” (it shows “${seen}”)`, {
          cause: error,
        })
      })
    await page.waitForTimeout(gapMs)
  }
  return page.evaluate(
    () => (window as unknown as { __refresh: { samples: number[] } }).__refresh.samples,
  )
}
