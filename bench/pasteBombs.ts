import { loadavg } from 'node:os'
import type { Page } from 'playwright-core'
import { startHarness } from '../tests/harness/startHarness'
import type { BenchRow } from './BenchRow'

const EDITOR = '.ui-pane-editor > .ui-editor-scroll [data-testid=editor] .ProseMirror'
const WAIT = { timeout: 120_000 }
/** The bound: no task of the window over this while a bomb is pasted. */
const LONGEST_TASK_TARGET_MS = 200
/** And the window answers within this, during and after each bomb. */
const ANSWER_TARGET_MS = 1000

/** A pathological paste, built inside the page: `unit` repeated `times`, as HTML or as text. */
interface Bomb {
  name: string
  unit: string
  times: number
  as: 'html' | 'text'
  /** Paragraphs the text holds once content within the limits is in; refused bombs say why. */
  takenIn?: number
}

/** Content within the limits, so parsed and taken in: a long report, and a book (as HTML and as text). */
export const WITHIN_LIMITS: Bomb[] = [
  {
    name: 'flat HTML, 2,000 paragraphs',
    unit: '<p>Words of a long report.</p>',
    times: 2000,
    as: 'html',
    takenIn: 2000,
  },
  {
    name: 'flat HTML, 20,000 paragraphs',
    unit: '<p>Words of a long report.</p>',
    times: 20_000,
    as: 'html',
    takenIn: 20_000,
  },
  {
    name: 'plain text, 20,000 lines',
    unit: 'Words of a long report.\n',
    times: 20_000,
    as: 'text',
    takenIn: 20_000,
  },
]

const BOMBS: Bomb[] = [
  { name: 'HTML nested 5,000 deep', unit: '<div>', times: 5000, as: 'html' },
  { name: '2 MB nesting bomb pasted as text', unit: '<div>', times: 400_000, as: 'text' },
  { name: '2 MB nesting bomb as HTML', unit: '<div>', times: 400_000, as: 'html' },
  { name: 'flat HTML, 250,000 paragraphs', unit: '<p>x</p>', times: 250_000, as: 'html' },
  // Just under the size limit and just over the element limit: the longest scan there is.
  {
    name: 'flat HTML, 8 MB',
    unit: '<p class="aaaaaaaaaaaaaaaaaaaaaaaaaa">x</p>',
    times: 210_000,
    as: 'html',
  },
  ...WITHIN_LIMITS,
]

/** How long the window takes to answer a trivial question, in milliseconds. */
async function answerTime(page: Page): Promise<number> {
  const start = performance.now()
  await page.evaluate(() => document.title)
  return performance.now() - start
}

/**
 * Pastes one bomb into the open editor and measures the window: the longest task a
 * PerformanceObserver('longtask') saw from the paste until things settled, and how long the
 * window took to answer during and after.
 */
async function measureBomb(page: Page, bomb: Bomb) {
  // The clipboard is filled before measuring: what the browser does there is not the app's.
  await page.evaluate(({ unit, times, as }) => {
    const w = window as unknown as {
      __clipboard: DataTransfer
      __longest: number
      __observer?: PerformanceObserver
    }
    const bomb = unit.repeat(times)
    w.__clipboard = new DataTransfer()
    if (as === 'html') w.__clipboard.setData('text/html', bomb)
    w.__clipboard.setData('text/plain', as === 'text' ? bomb : 'x')
  }, bomb)
  await page.waitForTimeout(200)
  await page.evaluate(() => {
    const w = window as unknown as {
      __longest: number
      __tasks: { start: number; duration: number }[]
      __observer?: PerformanceObserver
    }
    w.__longest = 0
    w.__tasks = []
    w.__observer?.disconnect()
    w.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.__longest = Math.max(w.__longest, entry.duration)
        w.__tasks.push({ start: entry.startTime, duration: entry.duration })
      }
    })
    w.__observer.observe({ type: 'longtask' })
  })
  const toasts = await page.locator('[data-testid=toast]').count()
  await page.evaluate((selector) => {
    const w = window as unknown as { __clipboard: DataTransfer }
    setTimeout(() => {
      const event = new ClipboardEvent('paste', {
        clipboardData: w.__clipboard,
        bubbles: true,
        cancelable: true,
      })
      document.querySelector(selector)?.dispatchEvent(event)
    }, 0)
  }, EDITOR)
  const start = performance.now()
  const during = await answerTime(page)
  // Refused bombs say why; content within the limits is waited for until all of it is in.
  await page.waitForFunction(
    ({ before, takenIn, selector }) => {
      const done =
        takenIn === 0
          ? document.querySelectorAll('[data-testid=toast]').length > before
          : (document.querySelector(selector)?.childElementCount ?? 0) >= takenIn
      if (done) (window as unknown as { __inAt: number }).__inAt = performance.now()
      return done
    },
    { before: toasts, takenIn: bomb.takenIn ?? 0, selector: EDITOR },
    WAIT,
  )
  const took = performance.now() - start
  const after = await answerTime(page)
  // What follows a paste (autosave, word count) belongs to it too.
  await page.waitForTimeout(2000)
  const { longest, untilIn } = await page.evaluate(() => {
    const w = window as unknown as {
      __longest: number
      __tasks: { start: number; duration: number }[]
      __inAt: number
    }
    // The paste's own tasks, apart from what follows it (autosave, word count).
    const own = w.__tasks.filter((t) => t.start < w.__inAt).map((t) => t.duration)
    return { longest: w.__longest, untilIn: Math.max(0, ...own) }
  })
  await page.evaluate(() => {
    document.querySelectorAll<HTMLElement>('[data-testid=toast] button').forEach((b) => b.click())
  })
  return { during, after, longest, untilIn, took }
}

/**
 * Pastes each bomb `runs` times, each into a fresh empty article, and reports the worst longest
 * task and the slowest answer of the window; content within the limits also reports how long
 * until all of it was in. The load average at the start is reported too: two shared cores make
 * every number here depend on it.
 */
export async function runPasteBombsBench(bombs: Bomb[] = BOMBS, runs = 1): Promise<BenchRow[]> {
  const harness = await startHarness({ headless: true, viewport: { width: 1280, height: 800 } })
  const rows: BenchRow[] = [
    { name: 'paste bombs: load average at start (1 min)', value: loadavg()[0] ?? 0, unit: '' },
  ]
  try {
    for (const bomb of bombs) {
      const measured: Awaited<ReturnType<typeof measureBomb>>[] = []
      for (let run = 0; run < runs; run++) {
        // A fresh empty article for each, so one bomb's content does not slow the next.
        const article = await harness.services.library.create({ title: bomb.name })
        await harness.reload()
        const page = harness.page
        await page.click(`[data-testid=article-row][data-id="${article.meta.id}"]`)
        await page.waitForSelector(EDITOR, WAIT)
        await page.waitForTimeout(500)
        measured.push(await measureBomb(page, bomb))
      }
      const longest = Math.max(...measured.map((m) => m.longest))
      const answer = Math.max(...measured.map((m) => Math.max(m.during, m.after)))
      const each =
        runs > 1
          ? ` (worst of ${runs}: ${measured.map((m) => Math.round(m.longest)).join(', ')})`
          : ''
      rows.push({
        name: `paste ${bomb.name}: longest task${each}`,
        value: Math.round(longest),
        unit: 'ms',
        target: `< ${LONGEST_TASK_TARGET_MS} ms`,
        pass: longest < LONGEST_TASK_TARGET_MS,
      })
      if (bomb.takenIn !== undefined) {
        const own = measured.map((m) => Math.round(m.untilIn))
        rows.push({
          name: `paste ${bomb.name}: longest task until all of it is in (worst of ${runs}: ${own.join(', ')})`,
          value: Math.max(...own),
          unit: 'ms',
        })
      }
      rows.push({
        name: `paste ${bomb.name}: window answers during / after`,
        value: Math.round(answer),
        unit: 'ms',
        target: `< ${ANSWER_TARGET_MS} ms`,
        pass: answer < ANSWER_TARGET_MS,
      })
      if (bomb.takenIn !== undefined) {
        rows.push({
          name: `paste ${bomb.name}: until all of it is in (slowest)`,
          value: Math.round(Math.max(...measured.map((m) => m.took))),
          unit: 'ms',
        })
      }
    }
    return rows
  } finally {
    await harness.close()
  }
}
