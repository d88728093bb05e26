import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TeamChannel } from '../../src/main/ipc/channels/TeamChannel'
import type { SiteProfile } from '../../src/shared/sites/SiteProfile'
import { seriousViolations } from '../harness/seriousViolations'
import { startHarness, type Harness } from '../harness/startHarness'
import { startTeamServerProcess, type TeamServerProcess } from '../peers/startTeamServerProcess'
import { inviteAs, redeemInvite } from '../peers/teamClient'
import { startWebhookReceiver, type WebhookReceiver } from '../peers/startWebhookReceiver'
import { freePort } from '../peers/wordpress'

const WAIT = { timeout: 30_000 }
const SHOTS = resolve(import.meta.dirname, '../../out/screenshots')
const BODY = '[data-testid=editor] .ProseMirror'
const SECRET = 'whsec-team-publish-button'
const SITE = 'harbour-news'
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
]
const REASON =
  'Only the team’s publishers and admins can publish team articles; you joined as reviewer.'

let dataDir: string
let server: TeamServerProcess
let admin: string
let receiver: WebhookReceiver
let pat: Harness
let rae: Harness
let articleId: string
const folders: string[] = []

/** A window whose library has the team site (with its own secret) and joined as `role`. */
async function member(name: string, role: string): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), `copydesk-${name}-`))
  folders.push(dir)
  const site: SiteProfile = {
    id: SITE,
    name: 'Harbour News',
    url: 'https://site.example.com/',
    categories: [],
    navigation: [],
    theme: { kind: 'builtin', id: 'newsroom' },
    target: {
      kind: 'webhook',
      url: receiver.url,
      signatureHeader: 'X-Copydesk-Signature',
      images: 'inline',
      imageBaseUrl: '',
    },
  }
  const settingsPath = join(dir, 'settings.json')
  writeFileSync(settingsPath, JSON.stringify({ sites: [site], userName: name }))
  const harness = await startHarness({ settingsPath, libraryPath: join(dir, 'Library') })
  await harness.services.secrets.set(`site:${SITE}:hmacSecret`, SECRET)
  const invite = await inviteAs(server.httpUrl, admin, role)
  await harness.services.team().connect({ address: server.url, invite, name })
  await harness.page.reload()
  await harness.page.waitForSelector('[data-testid=library-place-team]', WAIT)
  return harness
}

async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

async function openTeamArticle(page: Page, id: string): Promise<void> {
  await page.click('[data-testid=library-place-team]')
  await page.waitForSelector(`[data-testid=article-row][data-id="${id}"]`, WAIT)
  await page.click(`[data-testid=article-row][data-id="${id}"]`)
  await page.waitForSelector('[data-testid=team-bar]', WAIT)
  await page.waitForSelector(BODY, WAIT)
}

/** What a screen reader announces as the focused control's description. */
async function accessibleDescription(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { root } = (await cdp.send('DOM.getDocument')) as { root: { nodeId: number } }
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      nodeId,
      fetchRelatives: false,
    })
    return String(nodes[0]?.description?.value ?? '')
  } finally {
    await cdp.detach()
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'copydesk-team-publish-button-'))
  server = await startTeamServerProcess(await freePort(), { COPYDESK_SERVER_DATA: dataDir })
  admin = await redeemInvite(server.httpUrl, server.firstInvite ?? '', 'Admin')
  receiver = await startWebhookReceiver({ secret: SECRET })
  pat = await member('Pat', 'publisher')
  rae = await member('Rae', 'reviewer')

  const created = await pat.services.library.create({ title: 'Harbour reopens' })
  articleId = created.meta.id
  await pat.services.library.save(
    {
      id: articleId,
      meta: { siteId: SITE },
      doc: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ships return.' }] }],
      },
    },
    'Pat',
  )
  await new TeamChannel(pat.services).moveIn({ id: articleId })
  await until(async () => {
    await new TeamChannel(rae.services).fetchArticles()
    return rae.services.team().isTeamArticle(articleId)
  })
}, 120_000)

afterAll(async () => {
  await rae?.close()
  await pat?.close()
  await receiver?.stop()
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
  for (const dir of folders) rmSync(dir, { recursive: true, force: true })
})

describe('the Publish action of a team article', () => {
  it('is disabled for a reviewer, reachable by keyboard, and says why', async () => {
    const { page } = rae
    await openTeamArticle(page, articleId)
    const button = page.locator('[data-testid=open-publish]')
    expect(await button.getAttribute('aria-disabled')).toBe('true')
    // Not `disabled`: a disabled button cannot take focus, so nobody could hear the reason.
    expect(await button.evaluate((el) => (el as HTMLButtonElement).disabled)).toBe(false)

    await page.focus('[data-testid=toggle-library]')
    for (let tab = 0; tab < 5; tab++) {
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))
      if (focused === 'open-publish') break
      await page.keyboard.press('Tab')
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'open-publish',
    )
    const reason = page.locator('[data-testid=publish-blocked-reason]')
    await reason.waitFor({ state: 'visible', ...WAIT })
    expect(await reason.textContent()).toBe(REASON)
    expect(await accessibleDescription(page, '[data-testid=open-publish]')).toBe(REASON)

    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport)
      await page.focus('[data-testid=open-publish]')
      await page.screenshot({ path: join(SHOTS, `team-publish-blocked-${viewport.width}.png`) })
      // The reason stays inside the window, where it can be read.
      const box = await reason.boundingBox()
      expect(box && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true)
    }
    expect(await seriousViolations(page)).toEqual([])

    // Clicking or pressing it does nothing; the shortcut says why instead of opening a dialog
    // that would only fail.
    await button.click({ force: true })
    await page.focus('[data-testid=open-publish]')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Control+Shift+Enter')
    await page.waitForSelector(`[data-testid=toast]:has-text("${REASON}")`, WAIT)
    expect(await page.locator('[data-testid=publish-confirm]').count()).toBe(0)
  })

  it('stays as it was for the reviewer’s own articles on this computer', async () => {
    const { page } = rae
    await page.click('[data-testid=library-place-local]')
    await page.click('[data-testid=new-article-empty], [data-testid=new-article]')
    await page.waitForSelector('[data-testid=title-input]', WAIT)
    await until(async () => (await page.locator('[data-testid=team-bar]').count()) === 0)
    const button = page.locator('[data-testid=open-publish]')
    expect(await button.getAttribute('aria-disabled')).toBeNull()
    expect(await button.isEnabled()).toBe(true)
    await button.click()
    await page.waitForSelector('[role=dialog]', WAIT)
    await page.keyboard.press('Escape')
  })

  it('shows in red, readably, that a change was not saved', async () => {
    const { page } = pat
    await openTeamArticle(page, articleId)
    await page.waitForSelector('[data-testid=team-sync-status] >> text=Synced', WAIT)
    // Every save of the window's changes is refused, as when the disk is full: the bridge
    // answers for main (the page's own call to main is what gets replaced).
    await page.evaluate(() => {
      const bridge = window as unknown as Record<string, unknown>
      const invoke = bridge.__copydeskInvoke as (channel: string, input?: string) => Promise<string>
      bridge.__realInvoke = invoke
      bridge.__copydeskInvoke = (channel: string, input?: string) =>
        channel === 'copydesk:team.push'
          ? Promise.resolve(
              JSON.stringify({
                ok: false,
                error: { code: 'io', message: 'There is no space left on the disk.' },
              }),
            )
          : invoke(channel, input)
    })
    try {
      await page.click(BODY)
      await page.keyboard.press('Control+End')
      await page.keyboard.type(' Ferries too.')
      const status = page.locator('[data-testid=team-sync-status]')
      await page.waitForSelector('[data-testid=team-sync-status] >> text=/Not saved/', WAIT)
      expect(await status.textContent()).toBe(
        'Not saved: There is no space left on the disk. Copydesk keeps trying.',
      )
      // The status bar agrees: no green "Saved" under a red "Not saved".
      expect(await page.textContent('[data-testid=save-state]')).toBe('Not saved')
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport)
        await page.screenshot({ path: join(SHOTS, `team-not-saved-${viewport.width}.png`) })
        const box = await status.boundingBox()
        const bar = await page.locator('[data-testid=team-bar]').boundingBox()
        // The whole message shows inside the bar, not cut off at its edge.
        expect(box && bar && box.x + box.width <= bar.x + bar.width).toBe(true)
        expect(await status.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
      }
      expect(await seriousViolations(page)).toEqual([])
    } finally {
      await page.evaluate(() => {
        const bridge = window as unknown as Record<string, unknown>
        bridge.__copydeskInvoke = bridge.__realInvoke
      })
    }
    // Nothing was lost: once the app can save again the change goes out and is kept.
    await page.waitForSelector('[data-testid=team-sync-status] >> text=Synced', WAIT)
    await page.waitForSelector('[data-testid=save-state] >> text=Saved', WAIT)
    await until(async () =>
      JSON.stringify((await pat.services.library.get(articleId)).doc).includes('Ferries too.'),
    )
  })
  it('lets a publisher publish, and keeps what went out in History', async () => {
    const { page } = pat
    await openTeamArticle(page, articleId)
    const button = page.locator('[data-testid=open-publish]')
    expect(await button.getAttribute('aria-disabled')).toBeNull()
    await button.click()
    await page.waitForSelector('[data-testid=publish-plan]', WAIT)
    await page.click('[data-testid=publish-confirm]')
    await page.waitForSelector('[data-testid=publish-url]', WAIT)
    expect(receiver.posts.size).toBe(1)
    await page.click('[data-testid=publish-close]')

    const snapshots = (await pat.services.library.revisionsList(articleId)).filter(
      (r) => r.reason === 'publish',
    )
    expect(snapshots).toHaveLength(1)
    const snapshot = await pat.services.library.revisionsGet(articleId, snapshots[0]?.revId ?? '')
    expect(snapshot.meta.title).toBe('Harbour reopens')
    expect(JSON.stringify(snapshot.doc)).toContain('Ships return.')

    await page.click('[data-testid=show-revisions]')
    await page.waitForSelector('[data-testid=revision-item]:has-text("Published")', WAIT)
  })
})
