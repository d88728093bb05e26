import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { startHarness, type Harness } from '../harness/startHarness'

const editor = '[data-testid=editor] .ProseMirror'
const ARABIC = 'أعلنت هيئة الميناء عن خطوط شحن جديدة هذا الربيع.'
const ENGLISH = 'The port authority confirmed the plan on Monday.'

/** How a paragraph shows: its resolved direction and which side its text hugs. */
interface Shown {
  dir: string | null
  direction: string
  side: 'left' | 'right'
}

/** Reads how each paragraph holding `texts` shows, under `root` (the editor or the preview). */
const readParagraphs = `(root, texts) => texts.map((text) => {
  const doc = root.ownerDocument ?? root
  const p = [...root.querySelectorAll('p')].find((el) => el.textContent.includes(text))
  if (!p) return null
  const range = doc.createRange()
  range.selectNodeContents(p)
  const box = p.getBoundingClientRect()
  const line = range.getBoundingClientRect()
  return {
    dir: p.getAttribute('dir'),
    direction: doc.defaultView.getComputedStyle(p).direction,
    side: line.left - box.left < box.right - line.right ? 'left' : 'right',
  }
})`

function shownInEditor(page: Page): Promise<(Shown | null)[]> {
  return page.evaluate(
    `(${readParagraphs})(document.querySelector('[data-testid=editor]'), ${JSON.stringify([ARABIC, ENGLISH])})`,
  ) as Promise<(Shown | null)[]>
}

function shownInPreview(page: Page): Promise<(Shown | null)[] | null> {
  return page.evaluate(
    `(() => { const doc = document.querySelector('[data-testid=preview-frame]')?.contentDocument
      return doc?.body ? (${readParagraphs})(doc, ${JSON.stringify([ARABIC, ENGLISH])}) : null })()`,
  ) as Promise<(Shown | null)[] | null>
}

describe('right-to-left paragraphs in the browser harness', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h?.close()
  })

  it('writes an Arabic paragraph right to left and an English one left to right', async () => {
    const page = h.page
    await page.click('[data-testid=new-article-empty]')
    await page.fill('[data-testid=title-input]', 'خطوط شحن جديدة')
    await page.click(editor)
    await page.keyboard.insertText(ARABIC)
    await page.keyboard.press('Enter')
    await page.keyboard.insertText(ENGLISH)
    const [arabic, english] = await shownInEditor(page)
    expect(arabic).toEqual({ dir: 'auto', direction: 'rtl', side: 'right' })
    expect(english).toEqual({ dir: 'auto', direction: 'ltr', side: 'left' })
    expect(
      await page.$eval('[data-testid=title-input]', (el) => getComputedStyle(el).direction),
    ).toBe('rtl')
  })

  it('shows them the same way in the preview', async () => {
    const page = h.page
    await page.keyboard.press('Control+Shift+P')
    await page.waitForSelector('[data-testid=preview-pane]')
    await expect
      .poll(async () => (await shownInPreview(page))?.every((p) => p !== null) ?? false, {
        timeout: 10_000,
      })
      .toBe(true)
    const [arabic, english] = (await shownInPreview(page)) ?? []
    expect(arabic).toEqual({ dir: 'auto', direction: 'rtl', side: 'right' })
    expect(english).toEqual({ dir: null, direction: 'ltr', side: 'left' })
  })
})
