import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { checkScreen } from '../harness/checkScreen'
import { startHarness, type Harness } from '../harness/startHarness'

const WAIT = { timeout: 15_000 }
const DIALOG = '[data-testid=settings-dialog]'

/** Everything a person can read or hear in `selector`: its text and its labelling attributes. */
function wordsIn(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (root) =>
    [
      root.textContent ?? '',
      ...[...root.querySelectorAll('[placeholder], [aria-label], [title]')].flatMap((el) =>
        ['placeholder', 'aria-label', 'title'].map((name) => el.getAttribute(name) ?? ''),
      ),
    ].join('\n'),
  )
}

/** The English sentences of `english` that still show in `selector`. */
async function englishLeft(page: Page, selector: string, english: string[]): Promise<string[]> {
  const words = await wordsIn(page, selector)
  return english.filter((sentence) => words.includes(sentence))
}

/** What the site form said in English before it spoke German, per publish target kind. */
const SITE_FORM_ENGLISH = {
  common: [
    'Preview theme',
    'Newsroom',
    'A news page with header, breadcrumb and footer.',
    'Captured from the live site',
    'Save the site first, then capture its look.',
    'Address of one article on the site',
    'Article body (CSS selector, optional)',
    'Found automatically',
    'Publishing',
    'Publish to',
    'None',
    'Test connection',
    'Save the site first.',
    'Sites',
  ],
  git: [
    'Site generator',
    'Repository address',
    'The https address you would clone the site from.',
    'User name',
    'Access token',
    'Save token',
    'Stored in this computer’s keychain when you add the site.',
    'Build check',
    'Build first, stop if it fails',
    'Commit author',
    'Where posts and images go',
    'Post file',
    'Image address in posts',
    'Hiding a post',
    'Old addresses key',
    'Front matter keys (empty leaves the value out)',
    'Featured image alt text',
  ],
  wordpress: [
    'Site address',
    'Username',
    'Application password',
    'Create one in WordPress under Users → Profile → Application Passwords.',
    'Publish the post (scheduled when dated later)',
    'Send it as a draft for review in WordPress',
    'Unpublishing',
    'Move the post back to draft',
    'Move the post to the trash',
    'Fetch categories from the site',
  ],
  ghost: ['Ghost admin address', 'The address you open Ghost admin on', 'Save key'],
  webhook: [
    'Webhook address',
    'Signing secret',
    'Each request carries an HMAC signature made with this secret.',
  ],
}

/** What Settings → Team said in English before it spoke German. */
const TEAM_ENGLISH = [
  'Join your team’s Copydesk server',
  'Server address',
  'Invite code',
  'Join team',
  'Connect without encryption: I trust this network',
]

describe('Settings → Sites and Team in German', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness()
    const page = h.page
    await page.click('[data-testid=open-settings]')
    await page.selectOption('[data-testid=settings-language]', 'de')
    await page.waitForSelector(`${DIALOG} >> text=Einstellungen`, WAIT)
  })
  afterAll(async () => {
    await h?.close()
  })

  it('speaks German in a new site’s form, for each kind of publish target', async () => {
    const page = h.page
    const dialog = page.locator(DIALOG)
    await page.click('[data-testid=settings-tab-sites]')
    await page.click('[data-testid=site-add]')
    await dialog.locator('legend', { hasText: 'Vorschau-Design' }).waitFor(WAIT)
    await page.click('[data-testid=site-theme-captured]')
    await dialog
      .getByText('Speichern Sie zuerst die Website, dann übernehmen Sie ihr Aussehen.')
      .waitFor(WAIT)
    await checkScreen(page, DIALOG, 'site-theme')
    expect(await dialog.locator('label[for=site-target-kind]').textContent()).toBe(
      'Veröffentlichen auf',
    )
    expect(
      await dialog.locator('[data-testid=site-target-kind] option[value=""]').textContent(),
    ).toBe('Nirgends')

    await page.selectOption('[data-testid=site-target-kind]', 'git')
    await dialog.locator('.ui-git-layout > summary').click()
    await dialog.getByText('Front-Matter-Schlüssel (leer lässt den Wert weg)').waitFor(WAIT)
    expect(await dialog.locator('[data-testid=site-test-connection]').textContent()).toBe(
      'Verbindung prüfen',
    )
    expect(
      await englishLeft(page, DIALOG, [...SITE_FORM_ENGLISH.common, ...SITE_FORM_ENGLISH.git]),
    ).toEqual([])
    await checkScreen(page, DIALOG, 'site-git')

    await page.selectOption('[data-testid=site-target-kind]', 'wordpress')
    await dialog.getByText('Anwendungspasswort').waitFor(WAIT)
    expect(
      await dialog.locator('[data-testid=wordpress-unpublish] option[value=remove]').textContent(),
    ).toBe('Beitrag in den Papierkorb verschieben')
    expect(await englishLeft(page, DIALOG, SITE_FORM_ENGLISH.wordpress)).toEqual([])
    await checkScreen(page, DIALOG, 'site-wordpress')

    await page.selectOption('[data-testid=site-target-kind]', 'ghost')
    await dialog.getByText('Admin-API-Schlüssel').waitFor(WAIT)
    expect(await englishLeft(page, DIALOG, SITE_FORM_ENGLISH.ghost)).toEqual([])
    await checkScreen(page, DIALOG, 'site-ghost')

    await page.selectOption('[data-testid=site-target-kind]', 'webhook')
    await dialog.getByText('Signaturgeheimnis').waitFor(WAIT)
    expect(await englishLeft(page, DIALOG, SITE_FORM_ENGLISH.webhook)).toEqual([])
    await checkScreen(page, DIALOG, 'site-webhook')
  })

  it('speaks German in a saved site’s secret fields', async () => {
    const page = h.page
    const dialog = page.locator(DIALOG)
    await page.fill('[data-testid=site-name]', 'Hafenzeitung')
    await page.fill('[data-testid=site-url]', 'https://hafen.example.com/')
    await page.selectOption('[data-testid=site-target-kind]', 'ghost')
    await page.click('[data-testid=site-save]')
    const save = dialog.locator('[data-testid=ghost-admin-key-save]')
    await save.waitFor(WAIT)
    expect(await save.textContent()).toBe('Schlüssel speichern')
    expect(await englishLeft(page, DIALOG, ['Save key', 'Save the site first'])).toEqual([])
    await checkScreen(page, DIALOG, 'site-saved')
  })

  it('speaks German in Settings → Team', async () => {
    const page = h.page
    const dialog = page.locator(DIALOG)
    await page.click('[data-testid=settings-tab-team]')
    await dialog.locator('label[for=team-address]').waitFor(WAIT)
    expect(await dialog.locator('label[for=team-address]').textContent()).toBe('Serveradresse')
    expect(await dialog.locator('label[for=team-invite]').textContent()).toBe('Einladungscode')
    expect(await dialog.locator('[data-testid=team-connect]').textContent()).toBe('Team beitreten')
    await page.fill('[data-testid=team-address]', 'ws://team.example.org')
    await dialog.locator('[data-testid=team-allow-insecure]').waitFor(WAIT)
    expect(await dialog.locator('.ui-team-checkbox').textContent()).toBe(
      'Ohne Verschlüsselung verbinden: Ich vertraue diesem Netzwerk',
    )
    expect(await englishLeft(page, DIALOG, TEAM_ENGLISH)).toEqual([])
    await checkScreen(page, DIALOG, 'team')
  })
})
