import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyGitPreset } from '../../src/shared/sites/gitPresets'
import { GitTargetConfigSchema } from '../../src/shared/sites/targets'
import type { SiteProfile } from '../../src/shared/sites/SiteProfile'
import { seriousViolations } from '../harness/seriousViolations'
import { startHarness, type Harness } from '../harness/startHarness'
import { checkout, gitIn, seedRepo, startGitServer, type GitServer } from '../peers/gitServer'
import { ensureGenerator, HUGO_SITE } from '../peers/ssg'

/** The machine running these may be busy; waits are generous but never sleeps. */
const WAIT = { timeout: 60_000 }
/** Set to a folder to keep a picture of each screen (`SHOTS_DIR=/tmp/shots`). */
const SHOTS_DIR = process.env.SHOTS_DIR
/** The window size, `1440x900`; 1280×800 by default. */
const [WIDTH, HEIGHT] = (process.env.SHOTS_SIZE ?? '1280x800').split('x').map(Number)
const TOKEN = 'ghp-build-check-51f2'
const editor = '.ui-pane-editor > .ui-editor-scroll [data-testid=editor] .ProseMirror'

/** A Hugo site whose theme refuses a post without a description, as some themes do. */
const SITE_FILES: Record<string, string> = {
  ...HUGO_SITE,
  'layouts/_default/single.html':
    '{{ if not .Params.description }}{{ errorf "%s: a description is required" .File.Path }}{{ end }}' +
    (HUGO_SITE['layouts/_default/single.html'] ?? ''),
  'content/posts/older-news.md':
    '---\ntitle: Older news\ndescription: From last year.\ndate: 2025-01-01T00:00:00Z\n---\n\nHello.\n',
}

let dir: string
let server: GitServer
let bare: string
let harness: Harness

async function axe(page: Page, screen: string): Promise<string[]> {
  if (SHOTS_DIR) await page.screenshot({ path: join(SHOTS_DIR, `build-check-${screen}.png`) })
  return seriousViolations(page, { screen })
}

beforeAll(async () => {
  ensureGenerator('hugo')
  dir = await mkdtemp(join(tmpdir(), 'copydesk-e2e-build-'))
  if (SHOTS_DIR) await mkdir(SHOTS_DIR, { recursive: true })
  server = await startGitServer([{ username: 'editor', password: TOKEN, write: true }])
  bare = seedRepo(server, 'site.git', SITE_FILES)
  const config = GitTargetConfigSchema.parse({
    kind: 'git',
    repoUrl: server.url('site.git'),
    username: 'editor',
  })
  const site: SiteProfile = {
    id: 'harbour-news',
    name: 'Harbour News',
    url: 'https://news.example.com/',
    categories: ['News'],
    navigation: [],
    theme: { kind: 'builtin', id: 'newsroom' },
    target: { ...applyGitPreset(config, 'hugo'), buildCheck: 'require' },
  }
  const settingsPath = join(dir, 'settings.json')
  await writeFile(settingsPath, JSON.stringify({ sites: [site] }))
  harness = await startHarness({
    settingsPath,
    libraryPath: join(dir, 'Library'),
    viewport: { width: WIDTH ?? 1280, height: HEIGHT ?? 800 },
  })
  await harness.services.secrets.set(`site:${site.id}:token`, TOKEN)
})

afterAll(async () => {
  await harness?.close()
  await server?.close()
  await rm(dir, { recursive: true, force: true })
})

describe('the build check in the publish dialog', () => {
  it('a failed Hugo build stops the publish with its words; with the field filled it goes out', async () => {
    const { page } = harness
    await page.click('[data-testid=new-article-empty], [data-testid=new-article]')
    await page.fill('[data-testid=title-input]', 'Harbour opens a third berth')
    await page.click(editor)
    await page.keyboard.type('The new berth takes ships of up to 300 metres.')
    await page.selectOption('[data-testid=meta-site]', 'harbour-news')
    await page.waitForFunction(
      () => document.querySelector('[data-testid=save-state]')?.textContent?.trim() === 'Saved',
      undefined,
      WAIT,
    )
    await page.click('[data-testid=open-publish]')
    await page.waitForSelector('[data-testid=publish-plan]', WAIT)
    expect(await page.textContent('[data-testid=publish-checks]')).toContain(
      'Before sending, Copydesk builds the site with Hugo; if the build fails, nothing is sent.',
    )
    const problems = await axe(page, 'plan')
    await page.click('[data-testid=publish-confirm]')
    const failed = await page.waitForSelector('[data-testid=publish-failed]', WAIT)
    const build = await failed.waitForSelector('[data-testid=publish-build]')
    expect(await build.getAttribute('data-state')).toBe('failed')
    expect(await build.textContent()).toContain(
      'Hugo could not build the site with this change, so nothing was sent.',
    )
    expect(await build.textContent()).toContain(
      'posts/harbour-opens-a-third-berth.md: a description is required',
    )
    problems.push(...(await axe(page, 'failed')))
    const work = checkout(bare)
    expect(gitIn(work, 'rev-list', '--count', 'HEAD').trim()).toBe('1')
    await rm(work, { recursive: true, force: true })

    await page.click('[data-testid=publish-close]')
    await page.fill('[data-testid=meta-excerpt]', 'A third berth for ships of 300 metres.')
    await page.waitForFunction(
      () => document.querySelector('[data-testid=save-state]')?.textContent?.trim() === 'Saved',
      undefined,
      WAIT,
    )
    await page.click('[data-testid=open-publish]')
    await page.waitForSelector('[data-testid=publish-plan]', WAIT)
    await page.click('[data-testid=publish-confirm]')
    await page.waitForSelector('[data-testid=publish-url]', WAIT)
    const passed = page.locator('[data-testid=publish-build]')
    expect(await passed.getAttribute('data-state')).toBe('passed')
    expect(await passed.textContent()).toMatch(/^The site built with Hugo · /)
    problems.push(...(await axe(page, 'done')))
    expect(problems).toEqual([])
  })
})
