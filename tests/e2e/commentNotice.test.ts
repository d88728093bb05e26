import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleFile, DocNode } from '../../src/shared/article/Article'
import { seriousViolations } from '../harness/seriousViolations'
import { selectText } from '../harness/selectText'
import { startHarness, type Harness } from '../harness/startHarness'

/** Set to a folder to keep a picture of the notice at both window sizes (`SHOTS_DIR=/tmp/shots`). */
const SHOTS_DIR = process.env.SHOTS_DIR
const editor = '[data-testid=editor] .ProseMirror'

const laptop: DocNode = {
  type: 'paragraph',
  content: [{ type: 'text', text: 'Written on the laptop.' }],
}

describe('a comment written while a sync tool put another version in place', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h?.close()
  })

  it('is saved on that version, and a toast says so', async () => {
    const page = h.page
    await page.click('[data-testid=new-article-empty]')
    await page.fill('[data-testid=title-input]', 'Port reopens')
    await page.click(editor)
    await page.keyboard.type('The port reopens on Monday.')
    await page.waitForFunction(
      () => document.querySelector('[data-testid=save-state]')?.textContent?.trim() === 'Saved',
    )
    await page.click('[data-testid=show-comments]')
    await selectText(page, editor, 'reopens')
    await page.keyboard.press('Control+Alt+m')
    await page.fill('[data-testid=comment-input]', 'Which Monday?')
    await page.keyboard.press('Control+Enter')
    await page.waitForSelector('[data-testid=comment-resolve]')
    await page.waitForFunction(
      () => document.querySelector('[data-testid=save-state]')?.textContent?.trim() === 'Saved',
    )
    const id = (await page.locator('[data-testid=article-row]').first().getAttribute('data-id'))!
    const path = join(h.libraryPath, 'articles', id, 'article.json')
    const file = JSON.parse(await readFile(path, 'utf8')) as ArticleFile
    await writeFile(
      `${path}.sync`,
      JSON.stringify({
        ...file,
        doc: { ...file.doc, content: [...(file.doc.content ?? []), laptop] },
      }),
    )
    await rename(`${path}.sync`, path)

    // Resolving changes only the comments, so it is the comment's answer that meets the version.
    await page.click('[data-testid=comment-resolve]')

    const toasts = page.locator('[data-testid=toast]')
    await expect
      .poll(() => toasts.allTextContents())
      .toContainEqual(expect.stringContaining('Your comment was added to that version'))
    const kept = await h.services.library.get(id)
    expect(kept.comments?.map((c) => c.resolved)).toEqual([true])
    expect(JSON.stringify(kept.doc)).toContain('Written on the laptop.')
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1440, height: 900 },
    ]) {
      await page.setViewportSize(size)
      const screen = `comment-notice-${size.width}`
      if (SHOTS_DIR) await page.screenshot({ path: join(SHOTS_DIR, `${screen}.png`) })
      expect(await seriousViolations(page, { screen })).toEqual([])
    }
  })
})
