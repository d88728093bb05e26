import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { load } from 'cheerio'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { applyLanguage } from '@shared/i18n/i18n'
import { doc, p, text } from '@shared/render/testing/docBuilders'
import { checkTeamAddress } from '@shared/team/checkTeamAddress'
import { CommentActionSchema } from '@shared/article/CommentAction'
import { readableDetails } from '@shared/article/readableDetails'
import { SafeFeaturedImageSchema } from '@shared/safety/SafeDocSchema'
import { gitRepoUrlProblem } from '@shared/sites/targets'
import { checkJsonLimits } from '@shared/safety/checkJsonLimits'
import { removedUrlsMessage } from '@shared/safety/RemovedUrls'
import { whyCannotPublish } from '@shared/team/TeamRole'
import { describeTeamSyncStatus } from '@shared/team/TeamSyncStatus'
import { sanitizeImportedDoc } from '@shared/transfer/sanitizeImportedDoc'
import { titleFromFileName } from '@shared/transfer/titleFromFileName'
import { SavedFiles } from './files/SavedFiles'
import { downloadRemoteImage } from './images/downloadRemoteImage'
import { AppChannel } from './ipc/channels/AppChannel'
import { duplicateArticleFile } from './library/duplicateArticleFile'
import { ioError } from './library/ioError'
import { newArticleFile } from './library/newArticleFile'
import { addReviewBanner } from './preview/export/reviewBanner'
import { themeErrorPage } from './preview/theme/themeErrorPage'
import { gitPlan } from './publish/git/gitPlan'
import type { PostDraft } from './publish/git/postDraft'
import type { Step } from './publish/git/publishSteps'
import { publishErrorForStatus } from './publish/http/publishErrorForStatus'
import { JsonFileSettingsStore } from './settings/JsonFileSettingsStore'
import { parseWxr } from './transfer/wxr/parseWxr'

afterEach(() => applyLanguage('en', ['en-US']))

const draft = { path: 'content/posts/launch.md', assets: [] } as unknown as PostDraft
const post: Step = {
  kind: 'post',
  path: 'content/posts/launch.md',
  before: null,
  after: 'x',
  afterText: 'x',
} as unknown as Step
const image = (n: number): Step =>
  ({
    kind: 'image',
    path: `static/${n}.png`,
    before: null,
    after: 'x',
    afterText: null,
  }) as unknown as Step
const diskFull = Object.assign(new Error('no space'), { code: 'ENOSPC' })

describe('sentences the main side builds, in the chosen language', () => {
  it('plans a git publish in German, with the plural of images', () => {
    applyLanguage('de', ['de-DE'])
    expect(gitPlan([post, image(1)], draft, 'News (main)').summary).toBe(
      'Fügt content/posts/launch.md und 1 Bild zu News (main) hinzu.',
    )
    expect(gitPlan([post, image(1), image(2)], draft, 'News (main)').summary).toBe(
      'Fügt content/posts/launch.md und 2 Bilder zu News (main) hinzu.',
    )
  })

  it('says why a site refused, in German', () => {
    applyLanguage('de', ['de-DE'])
    expect(publishErrorForStatus(503, 'der Webhook').message).toBe(
      'Der Webhook hatte ein Problem (Fehler 503); Copydesk versucht es erneut.',
    )
  })

  it('says why a save failed, in German', () => {
    applyLanguage('de', ['de-DE'])
    expect(ioError('saveArticle', diskFull).message).toBe(
      'Das Speichern des Artikels ist nicht gelungen: Der Datenträger ist voll.',
    )
  })

  it('says why a team member cannot publish, in German', () => {
    applyLanguage('de', ['de-DE'])
    expect(whyCannotPublish(null)).toMatch(/^Nur Veröffentlichende und Admins/)
    expect(whyCannotPublish('reviewer')).toMatch(/Sie sind als Prüfer\/in beigetreten\.$/)
  })

  it('tells the team sync state and address problems in German', () => {
    applyLanguage('de', ['de-DE'])
    expect(describeTeamSyncStatus({ kind: 'synced' })).toBe('Synchronisiert')
    expect(describeTeamSyncStatus({ kind: 'waiting', changes: 1 })).toBe('1 Änderung wartet')
    expect(describeTeamSyncStatus({ kind: 'waiting', changes: 1200 })).toBe(
      '1.200 Änderungen warten',
    )
    const now = new Date(2026, 11, 4, 15, 0)
    const since = new Date(2026, 11, 4, 9, 5).toISOString()
    expect(describeTeamSyncStatus({ kind: 'offline', since, changes: 0 }, now)).toBe(
      'Offline seit 09:05',
    )
    expect(checkTeamAddress('ws://team.example.org')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^team\.example\.org würde ohne Verschlüsselung/),
    })
  })

  it('tells what an import or a cleaning left out in German, with plurals', () => {
    applyLanguage('de', ['de-DE'])
    expect(removedUrlsMessage({ links: 2, images: 1, featuredImage: true })).toBe(
      '2 Links, 1 Bild und das Beitragsbild wurden entfernt: unsichere Ziele. Ihr Text blieb erhalten.',
    )
    expect(removedUrlsMessage({ links: 0, images: 0, featuredImage: true })).toBe(
      'Das Beitragsbild wurde entfernt: unsicheres Ziel.',
    )
    const input = doc(p(text('a', { type: 'link', attrs: { href: 'javascript:x' } })))
    expect(sanitizeImportedDoc(input, new Set()).notes).toEqual([
      '1 unsicherer Link als reiner Text behalten',
    ])
    expect(titleFromFileName('2024-05-01-.md')).toBe('Ohne Titel')
    expect(() => parseWxr('<rss></rss>', 'site.xml')).toThrow(
      '„site.xml“ ist kein WordPress-Export (kein <channel>).',
    )
  })

  it('tells of a damaged settings file in the language chosen after it was read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'copydesk-language-'))
    try {
      const file = join(dir, 'settings.json')
      await writeFile(file, '{"settings": {')
      const store = new JsonFileSettingsStore(file)
      applyLanguage('de', ['de-DE'])
      expect(store.problems()[0]).toMatch(
        /^Die Einstellungsdatei war beschädigt und es gab keine gute Kopie/,
      )
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('refuses oversized input and unusable image addresses in German', async () => {
    applyLanguage('de', ['de-DE'])
    let deep: unknown = 'x'
    for (let level = 0; level < 2100; level++) deep = [deep]
    expect(checkJsonLimits(deep)).toBe(
      'Dieses Dokument ist zu tief verschachtelt (mehr als 1000 Ebenen), um sicher übernommen zu werden. Es wurde nichts geändert.',
    )
    await expect(downloadRemoteImage('not an address', fetch)).rejects.toThrow(
      'Diese Bildadresse ist keine Webadresse.',
    )
  })

  it('names a duplicated article, its details in a diff and a review copy in German', () => {
    applyLanguage('de', ['de-DE'])
    const now = new Date(2026, 10, 29, 14, 30)
    const copy = duplicateArticleFile(newArticleFile('hafen', 'Hafenausbau', now), 'hafen-2', now)
    expect(copy.meta.title).toBe('Hafenausbau (Kopie)')
    const $ = load('<body><p>Text</p></body>')
    addReviewBanner($, 'Hafenausbau', now)
    expect($('.cd-review-banner').text()).toMatch(
      /^Prüfexemplar — Hafenausbau — exportiert am 29\. November 2026/,
    )
    expect(readableDetails(copy.meta).split('\n')).toEqual([
      'Titel: Hafenausbau (Kopie)',
      'Titelform: hafenausbau-kopie',
      'Auszug: ',
      'Kategorie: ',
      'Schlagwörter: ',
      'Autor/in: ',
      'Alternativtext des Beitragsbilds: ',
    ])
  })

  it('explains a theme that cannot render in German', () => {
    applyLanguage('de', ['de-DE'])
    const html = themeErrorPage(
      { message: 'x', file: 'article.liquid', line: 3 },
      "default-src 'none'",
    )
    const $ = load(html)
    expect($('html').attr('lang')).toBe('de')
    expect($('h1').text()).toBe('Das Design konnte nicht angezeigt werden')
    expect($('.where').text()).toBe('article.liquid, Zeile 3')
  })

  it('refuses to open a link that is not a web or email link, in German', async () => {
    applyLanguage('de', ['de-DE'])
    const info = { version: '1.0.0', platform: 'linux', runtime: 'browser' } as const
    const openExternal = (): Promise<void> => Promise.resolve()
    const app = new AppChannel(info, new SavedFiles({}), { openExternal })
    await expect(app.openExternal({ url: 'file:///etc/passwd' })).rejects.toThrow(
      'Copydesk öffnet nur Web-Links (http, https) und E-Mail-Links.',
    )
  })

  it('checks a repository address, a comment and a featured image in German', () => {
    applyLanguage('de', ['de-DE'])
    expect(gitRepoUrlProblem('http://git.example.org/site.git')).toBe(
      'Die Repository-Adresse muss mit https:// beginnen.',
    )
    const comment = CommentActionSchema.safeParse({ type: 'add', id: 'c1', quote: '', body: ' ' })
    expect(comment.error?.issues[0]?.message).toBe('Der Kommentar ist leer.')
    const image = SafeFeaturedImageSchema.safeParse({ src: 'javascript:alert(1)' })
    expect(image.error?.issues[0]?.message).toBe(
      'Das Beitragsbild muss ein im Artikel gespeichertes Bild oder eine Webadresse sein.',
    )
  })

  it('follows a change of language made after start', () => {
    applyLanguage('de', ['de-DE'])
    applyLanguage('en', ['en-US'])
    expect(ioError('saveArticle', diskFull).message).toBe(
      'Copydesk could not save the article: the disk is full.',
    )
    expect(gitPlan([post], draft, 'News (main)').summary).toBe(
      'Adds content/posts/launch.md on News (main).',
    )
  })
})
