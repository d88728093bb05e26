import type { Page } from 'playwright-core'
import { typingLatency } from './typingLatency'

export interface TypingDuringSaves {
  latencies: number[]
  /** Saves that completed while the run typed (the status bar went "Saving…" → "Saved"). */
  saves: number
  /** Longest main-thread task seen during the run, in ms (0 when none passed 50 ms). */
  longestTask: number
}

/**
 * Types in bursts with pauses long enough for autosave to fire, so saves of the long article
 * run while typing resumes; reports latency, how many saves happened, and the longest task.
 */
export async function typingDuringSaves(page: Page, bursts: number, keysPerBurst: number) {
  await page.evaluate(() => {
    const w = window as unknown as { __saves: number; __longest: number }
    w.__saves = 0
    w.__longest = 0
    const state = document.querySelector('[data-testid=save-state]')
    let saving = false
    new MutationObserver(() => {
      const text = state?.textContent?.trim() ?? ''
      if (text.startsWith('Saving')) saving = true
      else if (text === 'Saved' && saving) {
        saving = false
        w.__saves++
      }
    }).observe(state as Node, { subtree: true, childList: true, characterData: true })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration)
    }).observe({ type: 'longtask', buffered: false })
  })
  const latencies: number[] = []
  for (let i = 0; i < bursts; i++) {
    latencies.push(...(await typingLatency(page, keysPerBurst, i > 0)))
    // Just past the autosave delay, so each save runs while the next burst is typed.
    await page.waitForTimeout(750)
  }
  const { saves, longest } = await page.evaluate(() => {
    const w = window as unknown as { __saves: number; __longest: number }
    return { saves: w.__saves, longest: w.__longest }
  })
  return { latencies, saves, longestTask: longest } satisfies TypingDuringSaves
}
