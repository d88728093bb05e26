import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { selectText } from '../harness/selectText'
import { seriousViolations } from '../harness/seriousViolations'
import { startHarness, type Harness } from '../harness/startHarness'
import { startTeamServerProcess, type TeamServerProcess } from '../peers/startTeamServerProcess'
import { inviteAs, redeemInvite } from '../peers/teamClient'
import { freePort } from '../peers/wordpress'

const WAIT = { timeout: 30_000 }
const SHOTS = resolve(import.meta.dirname, '../../out/screenshots')
const BODY = '[data-testid=editor] .ProseMirror'

let dataDir: string
let server: TeamServerProcess
let admin: string
let ada: Harness
let ben: Harness
let articleId: string

/** A harness whose library has joined the team as `name` with `role`. */
async function member(name: string, role: string): Promise<Harness> {
  const harness = await startHarness()
  const invite = await inviteAs(server.httpUrl, admin, role)
  await harness.services.team().connect({ address: server.url, invite, name })
  await harness.page.reload()
  await harness.page.waitForSelector('[data-testid=library-place-team]', WAIT)
  return harness
}

async function openTeamArticle(page: Page, id: string): Promise<void> {
  await page.click('[data-testid=library-place-team]')
  await page.waitForSelector(`[data-testid=article-row][data-id="${id}"]`, WAIT)
  await page.click(`[data-testid=article-row][data-id="${id}"]`)
  await page.waitForSelector('[data-testid=team-bar]', WAIT)
  await page.waitForSelector(BODY, WAIT)
}

/** The article's text as the editor shows it, without the others' named carets. */
async function bodyText(page: Page): Promise<string> {
  return page.evaluate((selector) => {
    const body = document.querySelector(selector)?.cloneNode(true) as HTMLElement | undefined
    body?.querySelectorAll('.ui-caret').forEach((caret) => caret.remove())
    return body?.textContent ?? ''
  }, BODY)
}

async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.click(BODY)
  await page.keyboard.press('Control+End')
  await page.keyboard.type(text)
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'copydesk-team-'))
  server = await startTeamServerProcess(await freePort(), { COPYDESK_SERVER_DATA: dataDir })
  admin = await redeemInvite(server.httpUrl, server.firstInvite ?? '', 'Admin')
  ada = await member('Ada', 'writer')
  ben = await member('Ben', 'writer')
})

afterAll(async () => {
  await ada?.close()
  await ben?.close()
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('team articles in the app', () => {
  it('moves an article into the team; another member finds it under Team', async () => {
    const { page } = ada
    await page.click('[data-testid=new-article]')
    await page.fill('[data-testid=title-input]', 'Quarterly results')
    await page.click(BODY)
    await page.keyboard.type('Revenue grew in every region.')
    const row = page.locator('[data-testid=article-row]').first()
    articleId = (await row.getAttribute('data-id')) ?? ''
    await row.click({ button: 'right' })
    await page.click('[data-testid=row-move-to-team]')
    await page.waitForSelector(`[data-id="${articleId}"] [data-testid=team-badge]`, WAIT)
    await page.waitForSelector('[data-testid=team-bar]', WAIT)
    // Offline first: the Y.Doc is on disk at once, beside the article.json it derives.
    expect(ada.services.team().isTeamArticle(articleId)).toBe(true)

    await page.click('[data-testid=library-place-local]')
    await page.waitForSelector(`[data-id="${articleId}"]`, { state: 'detached', ...WAIT })

    await openTeamArticle(ben.page, articleId)
    await ben.page.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent?.includes('every region'),
      BODY,
      WAIT,
    )
    expect(await ben.page.inputValue('[data-testid=title-input]')).toBe('Quarterly results')
  })

  it('co-edits live: typing in one window appears in the other, with named carets', async () => {
    await openTeamArticle(ada.page, articleId)
    await typeAtEnd(ada.page, ' Costs fell.')
    await ben.page.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent?.includes('Costs fell.'),
      BODY,
      WAIT,
    )
    await typeAtEnd(ben.page, ' Margins widened.')
    await ada.page.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent?.includes('Margins widened.'),
      BODY,
      WAIT,
    )
    await ada.page.waitForSelector('.ui-caret__label:has-text("Ben")', WAIT)
    await ben.page.waitForSelector('.ui-caret__label:has-text("Ada")', WAIT)
    await ada.page.waitForSelector('[data-testid=team-presence] >> text=Ben', WAIT)
    await ada.page.waitForSelector('[data-testid=team-sync-status] >> text=Synced', WAIT)

    // Details follow live too: a title changed in one window shows in the other.
    for (const title of ['Quarterly results, revised', 'Quarterly results']) {
      await ben.page.fill('[data-testid=title-input]', title)
      await ada.page.waitForFunction(
        (want) =>
          document.querySelector<HTMLInputElement>('[data-testid=title-input]')?.value === want,
        title,
        WAIT,
      )
    }

    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1440, height: 900 },
    ]) {
      await ada.page.setViewportSize(viewport)
      await ada.page.screenshot({ path: join(SHOTS, `team-coediting-${viewport.width}.png`) })
    }
    expect(await seriousViolations(ada.page, { screen: 'co-editing' })).toEqual([])
  })

  it('keeps both people’s offline edits when the server is back', async () => {
    await server.stop()
    await ada.page.waitForSelector('[data-testid=team-sync-status] >> text=/Offline since/', WAIT)
    await typeAtEnd(ada.page, ' Ada offline.')
    await typeAtEnd(ben.page, ' Ben offline.')
    await server.restart()
    for (const page of [ada.page, ben.page]) {
      await page.waitForFunction(
        (selector) => {
          const text = document.querySelector(selector)?.textContent ?? ''
          return text.includes('Ada offline.') && text.includes('Ben offline.')
        },
        BODY,
        { timeout: 60_000 },
      )
    }
  })

  it('lets a reviewer review but not edit, and says why', async () => {
    const cy = await member('Cy', 'reviewer')
    try {
      const { page } = cy
      await openTeamArticle(page, articleId)
      await page.waitForSelector('[data-testid=team-read-only]', WAIT)
      expect(await page.getAttribute('[data-testid=title-input]', 'readonly')).not.toBeNull()
      await page.click('[data-testid=side-details]')
      expect(await page.locator('.ui-pane-side fieldset select').first().isDisabled()).toBe(true)

      await typeAtEnd(page, ' Reviewer typed this.')
      expect(await page.textContent(BODY)).not.toContain('Reviewer typed this.')

      await page.click('[data-testid=side-review]')
      await page.click('[data-testid=status-to-in_review]')
      await page.click('[data-testid=status-to-approved]')
      // The server took all of it: nothing of the reviewer's is refused and left waiting.
      await page.waitForSelector('[data-testid=team-sync-status] >> text=Synced', WAIT)

      await until(
        async () => (await ada.services.library.get(articleId)).meta.status === 'approved',
      )
      await page.screenshot({ path: join(SHOTS, 'team-reviewer-1280.png') })
      expect(await seriousViolations(page)).toEqual([])
    } finally {
      await cy.close()
    }
  })

  it('lets a reviewer comment on selected words; the writer sees it live and it stays', async () => {
    const dee = await member('Dee', 'reviewer')
    try {
      const { page } = dee
      await openTeamArticle(page, articleId)
      await ada.page.click('[data-testid=side-review]')
      await ada.page.waitForSelector('.ui-review-panel', WAIT)
      const before = await bodyText(ada.page)
      await until(async () => (await bodyText(page)) === before)

      await selectText(page, BODY, 'every region')
      await page.keyboard.press('Control+Alt+m')
      await page.fill('[data-testid=comment-input]', 'Which regions?')
      await page.keyboard.press('Control+Enter')
      await ada.page.waitForSelector('[data-testid=comment-card]:has-text("Which regions?")', WAIT)
      await ada.page.waitForSelector(`${BODY} .ui-comment:has-text("every region")`, WAIT)
      // Signed with the name the reviewer joined the team with.
      expect(
        await ada.page.textContent(
          '[data-testid=comment-card]:has-text("Which regions?") .ui-comment-author',
        ),
      ).toBe('Dee')

      // The bubble menu offers a reviewer the Comment button alone.
      await selectText(page, BODY, 'Costs fell')
      await page.waitForSelector('[data-testid=bm-comment]', WAIT)
      expect(await page.locator('[data-testid=bm-bold]').count()).toBe(0)
      await page.click('[data-testid=bm-comment]')
      await page.fill('[data-testid=comment-input]', 'By how much?')
      await page.click('[data-testid=comment-input-send]')
      await ada.page.waitForSelector('[data-testid=comment-card]:has-text("By how much?")', WAIT)

      // Still no change to the text itself, by typing, deleting or pasting over a selection.
      await selectText(page, BODY, 'Margins')
      await page.keyboard.press('Backspace')
      await page.keyboard.type('Reviewer typed this.')
      await page.keyboard.press('Enter')
      await page.waitForSelector('[data-testid=team-sync-status] >> text=Synced', WAIT)
      expect(await bodyText(page)).toBe(before)
      expect(await bodyText(ada.page)).toBe(before)

      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 1440, height: 900 },
      ]) {
        await page.setViewportSize(viewport)
        await selectText(page, BODY, 'Revenue')
        await page.waitForSelector('[data-testid=bm-comment]', WAIT)
        await page.screenshot({ path: join(SHOTS, `team-reviewer-comment-${viewport.width}.png`) })
      }
      expect(await seriousViolations(page)).toEqual([])

      await dee.reload()
      await openTeamArticle(dee.page, articleId)
      await dee.page.click('[data-testid=side-review]')
      await dee.page.waitForSelector('[data-testid=comment-card]:has-text("Which regions?")', WAIT)
      await dee.page.waitForSelector('[data-testid=comment-card]:has-text("By how much?")', WAIT)
      await dee.page.waitForSelector(`${BODY} .ui-comment:has-text("Costs fell")`, WAIT)
    } finally {
      await dee.close()
    }
  })

  it('copies a team article to this computer as an article of its own', async () => {
    const { page } = ben
    await page.click('[data-testid=library-place-team]')
    await page.click(`[data-testid=article-row][data-id="${articleId}"]`, { button: 'right' })
    await page.click('[data-testid=row-copy-out]')
    await page.click('[data-testid=library-place-local]')
    await page.waitForSelector(
      '[data-testid=article-row]:has-text("Quarterly results (copy)")',
      WAIT,
    )
    const copyId = await page
      .locator('[data-testid=article-row]:has-text("Quarterly results (copy)")')
      .getAttribute('data-id')
    expect(copyId).not.toBe(articleId)
    expect(ben.services.team().isTeamArticle(copyId ?? '')).toBe(false)
  })
})
