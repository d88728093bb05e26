import { mkdirSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteProfile } from '../../src/shared/sites/SiteProfile'
import { checkScreen, SHOTS } from '../harness/checkScreen'
import { seriousViolations } from '../harness/seriousViolations'
import { startHarness, type Harness } from '../harness/startHarness'
import {
  startWebhookReceiver,
  type ReceiverAnswer,
  type WebhookReceiver,
} from '../peers/startWebhookReceiver'

const editor = '[data-testid=editor] .ProseMirror'
const WAIT = { timeout: 15_000 }

describe('choosing the language in Settings', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h?.close()
  })

  it('speaks German at once, relative times included, and keeps it', async () => {
    const page = h.page
    await page.click('[data-testid=new-article-empty]')
    await page.fill('[data-testid=title-input]', 'خطوط شحن جديدة في الميناء')
    await page.click(editor)
    await page.keyboard.insertText('أعلنت هيئة الميناء عن خطوط شحن جديدة هذا الربيع. ')
    await page.keyboard.press('Enter')
    await page.keyboard.insertText('The port authority confirmed the plan on Monday.')
    await page.click('[data-testid=open-settings]')
    await page.selectOption('[data-testid=settings-language]', 'de')
    await page.waitForSelector('[data-testid=settings-dialog] >> text=Einstellungen')
    expect(await page.textContent('[data-testid=settings-tab-general]')).toBe('Allgemein')
    expect(await page.getAttribute('html', 'lang')).toBe('de')
    expect(await page.textContent('[data-testid=article-row] time')).toBe('Jetzt')
    expect(h.services.settings.get().language).toBe('de')
    expect(await seriousViolations(page, { include: '[data-testid=settings-dialog]' })).toEqual([])
    for (const [width, height] of [
      [1280, 800],
      [1440, 900],
    ] as const) {
      if (!SHOTS) break
      mkdirSync(SHOTS, { recursive: true })
      await page.setViewportSize({ width, height })
      await page.screenshot({ path: join(SHOTS, `settings-de-${width}.png`) })
    }
    await page.click('[data-testid=settings-dialog] .ui-modal-footer button')
    await expect
      .poll(() => page.textContent('[data-testid=word-count]'), { timeout: 5000 })
      .toMatch(/^\d+ Wörter$/)
    expect(await page.textContent('[data-testid=reading-time]')).toBe('1 Min. Lesezeit')
  })

  it('speaks German in the editor toolbar, its tooltips and its More menu', async () => {
    const page = h.page
    const bold = page.locator('[data-testid=tb-bold]')
    expect(await bold.getAttribute('aria-label')).toBe('Fett')
    expect(await bold.textContent()).toBe('F')
    expect(await bold.getAttribute('data-tooltip')).toMatch(/^Fett \((Strg\+B|⌘B)\)$/)
    expect(await page.getAttribute('[data-testid=tb-h2]', 'aria-label')).toBe('Überschrift H2')
    await page.keyboard.press('Control+Shift+P')
    await page.waitForSelector('[data-testid=preview-pane]', WAIT)
    await page.click(editor)
    await page.click('[data-testid=tb-more]')
    const menu = page.locator('[data-testid=tb-more-menu]')
    await menu.getByText('Nummerierte Liste').waitFor(WAIT)
    expect(await menu.getByText('Trennlinie').isVisible()).toBe(true)
    await checkScreen(page, '.ui-tb', 'toolbar-more')
    await page.keyboard.press('Escape')
    await page.keyboard.press('Control+Shift+P')
    await page.waitForSelector('[data-testid=preview-pane]', { ...WAIT, state: 'detached' })
  })

  it('speaks German in the top bar, the library’s search and filters, and About', async () => {
    const page = h.page
    expect(await page.textContent('[data-testid=open-publish]')).toBe('Veröffentlichen')
    expect(await page.getAttribute('[data-testid=open-publish]', 'title')).toMatch(
      /^Veröffentlichen \((Strg\+Umschalt\+Eingabe|⌘⇧Enter)\)$/,
    )
    expect(await page.getAttribute('[data-testid=toggle-library]', 'aria-label')).toBe(
      'Bibliothek zeigen',
    )
    expect(await page.getAttribute('[data-testid=open-settings]', 'aria-label')).toBe(
      'Einstellungen',
    )
    expect(await page.textContent('[data-testid=save-state]')).toBe('Gespeichert')
    expect(await page.textContent('[data-testid=new-article]')).toBe(' Neu')
    expect(await page.getAttribute('[data-testid=new-article]', 'aria-label')).toBe('Neuer Artikel')
    expect(await page.getAttribute('[data-testid=library-search]', 'placeholder')).toBe(
      'Titel und Text durchsuchen',
    )
    expect(await page.textContent('[data-testid=filter-tag] option[value=""]')).toBe('Schlagwort')
    expect(await page.getAttribute('[data-testid=filter-category]', 'aria-label')).toBe(
      'Nach Kategorie filtern',
    )
    await checkScreen(page, '.ui-toolbar', 'toolbar')
    await checkScreen(page, '.ui-pane-library', 'library')
    await h.sendMenuCommand('about')
    const about = page.locator('[data-testid=about-dialog]')
    await about.getByText('Über Copydesk').waitFor(WAIT)
    expect(await about.locator('.ui-muted').textContent()).toMatch(/ · Browserfenster$/)
    await checkScreen(page, '[data-testid=about-dialog]', 'about')
    await page.keyboard.press('Escape')
    await about.waitFor({ ...WAIT, state: 'detached' })
  })

  it('speaks German in Details', async () => {
    const page = h.page
    await page.click('[data-testid=side-details]')
    const side = page.locator('.ui-pane-side')
    await side.getByText('Suchmaschinen').waitFor(WAIT)
    expect(await side.locator('label[for=meta-excerpt]').textContent()).toBe('Auszug')
    expect(await side.locator('label[for=meta-publish-date]').textContent()).toBe(
      'Erscheinungsdatum',
    )
    expect(await page.textContent('[data-testid=status-select] option:checked')).toBe('Entwurf')
    expect(await page.getAttribute('[data-testid=meta-seo-title]', 'placeholder')).toBe(
      'خطوط شحن جديدة في الميناء',
    )
    await checkScreen(page, '.ui-pane-side', 'details')
  })

  it('speaks German in Review, the timeline’s sentences included', async () => {
    const page = h.page
    await page.click('[data-testid=side-review]')
    await page.getByText('Noch keine Kommentare.', { exact: false }).waitFor(WAIT)
    await page.click('[data-testid=status-to-in_review]')
    const entry = page.locator('[data-testid=timeline-entry]').first()
    await entry.waitFor(WAIT)
    expect(await entry.locator('.ui-timeline-text').textContent()).toMatch(
      /hat ihn zur Prüfung gegeben$/,
    )
    expect(await entry.locator('.ui-timeline-detail').textContent()).toMatch(
      /^Entwurf → In Prüfung · /,
    )
    expect(await page.textContent('[data-testid=status-to-approved]')).toBe('Freigeben')
    await checkScreen(page, '.ui-pane-side', 'review')
  })

  it('speaks German in History and asks before a restore in German', async () => {
    const page = h.page
    await page.click('[data-testid=side-history]')
    const item = page.locator('[data-testid=revision-item]').first()
    await item.waitFor(WAIT)
    expect(await item.locator('.ui-revision-detail').textContent()).toMatch(
      /^Status geändert · \d+ Wörter$/,
    )
    await checkScreen(page, '.ui-pane-side', 'history')
    await item.click()
    await page.getByText('Zurück zum Text').waitFor(WAIT)
    expect(await page.textContent('[data-testid=revision-view] .ui-revision-bar-text')).toMatch(
      /^Fassung vom .+ · schreibgeschützt$/,
    )
    await page.click('[data-testid=revision-restore]')
    const dialog = page.locator('[data-testid=confirm-dialog]')
    await dialog.getByText('Diese Fassung wiederherstellen?').waitFor(WAIT)
    expect(await dialog.locator('[data-testid=confirm-cancel]').textContent()).toBe('Abbrechen')
    expect(await dialog.locator('[data-testid=restore-counts]').textContent()).toMatch(
      /^Jetzt \d+ Wörter, diese Fassung \d+ Wörter\./,
    )
    await checkScreen(page, '[data-testid=confirm-dialog]', 'restore')
    await page.click('[data-testid=confirm-cancel]')
    await page.click('[data-testid=revision-back]')
  })

  it('speaks German in the trash and its toasts', async () => {
    const page = h.page
    const row = page.locator('[data-testid=article-row]').first()
    await row.locator('[data-testid=row-menu]').click()
    expect(await page.textContent('[data-testid=row-delete]')).toBe('In den Papierkorb')
    await page.click('[data-testid=row-delete]')
    const moved = page.locator('[data-testid=toast]', { hasText: 'In den Papierkorb verschoben' })
    await moved.waitFor(WAIT)
    expect(await moved.locator('[data-testid=toast-action]').textContent()).toBe('Rückgängig')
    await page.click('[data-testid=show-trash]')
    const library = page.locator('.ui-pane-library')
    expect(await library.locator('h2').textContent()).toBe('Papierkorb')
    const entry = page.locator('[data-testid=trash-row]').first()
    await entry.waitFor(WAIT)
    expect(await entry.locator('time').textContent()).toMatch(/^Gelöscht: /)
    expect(await entry.locator('[data-testid=trash-restore]').textContent()).toBe(
      'Wiederherstellen',
    )
    await checkScreen(page, '.ui-pane-library', 'trash')
    await entry.locator('[data-testid=trash-restore]').click()
    await page
      .locator('[data-testid=toast]', { hasText: 'ist wieder in der Bibliothek.' })
      .waitFor(WAIT)
    expect(await moved.count()).toBe(0)
    await page.click('[data-testid=show-trash]')
    await page.click('[data-testid=article-row]')
    await page.waitForSelector(editor, WAIT)
  })

  it('speaks German in Settings → Sites, what the form says is wrong included', async () => {
    const page = h.page
    await page.click('[data-testid=open-settings]')
    await page.click('[data-testid=settings-tab-sites]')
    const dialog = page.locator('[data-testid=settings-dialog]')
    await dialog.getByText('Eine Website hinzufügen').waitFor(WAIT)
    await page.click('[data-testid=site-add]')
    expect(await dialog.locator('label[for=site-url]').textContent()).toBe('Öffentliche Adresse')
    await page.click('[data-testid=site-save]')
    await dialog.getByText('Geben Sie der Website einen Namen.').waitFor(WAIT)
    await checkScreen(page, '[data-testid=settings-dialog]', 'sites')
    await page.keyboard.press('Escape')
    const discard = page.locator('[data-testid=confirm-ok]')
    if (await discard.isVisible()) await discard.click()
    await page.waitForSelector('[data-testid=settings-dialog]', { ...WAIT, state: 'detached' })
  })

  it('goes back to English when the system language is chosen again', async () => {
    const page = h.page
    for (const [width, height] of [
      [1280, 800],
      [1440, 900],
    ] as const) {
      if (!SHOTS) break
      await page.setViewportSize({ width, height })
      await page.keyboard.press('Control+Shift+P')
      await page.waitForSelector('[data-testid=preview-pane]')
      await page.waitForTimeout(800)
      await page.screenshot({ path: join(SHOTS, `arabic-article-de-${width}.png`) })
      await page.keyboard.press('Control+Shift+P')
    }
    await page.click('[data-testid=open-settings]')
    await page.selectOption('[data-testid=settings-language]', '')
    await page.waitForSelector('[data-testid=settings-dialog] >> text=Settings')
    expect(h.services.settings.get().language).toBeNull()
    await page.click('[data-testid=settings-dialog] .ui-modal-footer button')
    await expect
      .poll(() => page.textContent('[data-testid=reading-time]'), { timeout: 5000 })
      .toBe('1 min read')
  })
})

describe('publishing in German', () => {
  const SECRET = 'whsec-language-e2e'
  let dir: string
  let h: Harness
  let receiver: WebhookReceiver
  let answer: ReceiverAnswer = 'accept'

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'copydesk-e2e-language-publish-'))
    receiver = await startWebhookReceiver({ secret: SECRET, answer: () => answer })
    receiver.servePages = true
    const site: SiteProfile = {
      id: 'harbour-news',
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
    await writeFile(settingsPath, JSON.stringify({ sites: [site], settings: { language: 'de' } }))
    h = await startHarness({ settingsPath, libraryPath: join(dir, 'Library') })
    await h.services.secrets.set(`site:${site.id}:hmacSecret`, SECRET)
  })
  afterAll(async () => {
    await h?.close()
    await receiver?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('speaks German in the Publish dialog before anything is sent', async () => {
    const page = h.page
    await page.click('[data-testid=new-article-empty]')
    await page.fill('[data-testid=title-input]', 'Neue Fährverbindungen ab dem Frühjahr')
    await page.click(editor)
    await page.keyboard.insertText('Die Hafenbehörde kündigt drei neue Liegeplätze an.')
    await page.keyboard.press('Control+Shift+Enter')
    const dialog = page.locator('[data-testid=publish-dialog]')
    await dialog.locator('[data-testid=publish-plan]').waitFor(WAIT)
    expect(await dialog.locator('.ui-modal-title').textContent()).toBe('Veröffentlichen')
    expect(await dialog.locator('.ui-field-label').textContent()).toBe('Website')
    expect(
      await dialog.locator('[data-testid=publish-plan-details] > summary').textContent(),
    ).toMatch(/^Zeigen, was sich auf der Website ändert \(\d+ Änderung(en)?\)$/)
    // A draft on a site without a review gate is published after a question.
    expect(await page.textContent('[data-testid=publish-confirm]')).toBe(
      'Ohne Freigabe veröffentlichen',
    )
    await dialog.locator('[data-testid=publish-plan-details] > summary').click()
    await checkScreen(page, '[data-testid=publish-dialog]', 'publish-plan')
  })

  it('says in German that a publish waits, then that it is live', async () => {
    const page = h.page
    answer = 503
    await page.click('[data-testid=publish-confirm]')
    const waiting = page.locator('[data-testid=publish-waiting]')
    await waiting.waitFor(WAIT)
    expect(await waiting.locator('.ui-publish-job-title').textContent()).toMatch(
      /^Wartet auf das Veröffentlichen – neuer Versuch um \d{2}:\d{2}$/,
    )
    expect(await page.textContent('[data-testid=publish-retry]')).toBe('Jetzt erneut versuchen')
    await checkScreen(page, '[data-testid=publish-dialog]', 'publish-waiting')

    answer = 'accept'
    await page.click('[data-testid=publish-retry]')
    const done = page.locator('[data-testid=publish-done]')
    await done.waitFor(WAIT)
    expect(await done.locator('.ui-publish-job-title').textContent()).toBe(
      'Auf Harbour News veröffentlicht.',
    )
    await page.waitForSelector('[data-testid=publish-live][data-state=live]', WAIT)
    expect(await page.textContent('[data-testid=publish-live]')).toMatch(
      /^Online · nach \d+(,\d)? Sek\.$/,
    )
    expect(await page.textContent('[data-testid=publish-close]')).toBe('Schließen')
    await checkScreen(page, '[data-testid=publish-dialog]', 'publish-done')
    await page.click('[data-testid=publish-close]')
    await expect
      .poll(() => page.textContent('[data-testid=publication-line] button'), WAIT)
      .toMatch(/^Veröffentlicht: /)
  })

  it('says in German that the article changed since publish, and takes it down in German', async () => {
    const page = h.page
    await page.click(editor)
    await page.keyboard.press('End')
    await page.keyboard.insertText(' Der Betrieb beginnt im März.')
    await page.click('[data-testid=side-details]')
    const notice = page.locator('[data-testid=published-changes]')
    await notice.waitFor(WAIT)
    expect(await notice.locator('strong').textContent()).toBe('Seit dem Veröffentlichen geändert.')
    await page.click('[data-testid=published-changes-show]')
    expect(await page.textContent('[data-testid=published-changes-show]')).toBe(
      'Änderungen ausblenden',
    )
    await checkScreen(page, '.ui-pane-side', 'published-changes')
    await expect
      .poll(() => page.textContent('[data-testid=publication-line] button'), WAIT)
      .toMatch(/^Seit dem Veröffentlichen geändert · veröffentlicht: .+ · Aktualisieren …$/)
    await checkScreen(page, '.ui-status-bar', 'publication-line')

    await page.keyboard.press('Control+Shift+Enter')
    const unpublish = page.locator('[data-testid=publish-unpublish]')
    await unpublish.waitFor(WAIT)
    await unpublish.locator('summary').click()
    expect(await page.textContent('[data-testid=unpublish-confirm]')).toBe('Zurücknehmen')
    await checkScreen(page, '[data-testid=publish-dialog]', 'publish-unpublish')
    await page.click('[data-testid=unpublish-confirm]')
    await page
      .locator('[data-testid=publish-done]', { hasText: 'Von Harbour News entfernt.' })
      .waitFor(WAIT)
  })
})
