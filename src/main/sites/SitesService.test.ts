import type { CaptureSlotFinding } from '@shared/sites/captureSlots'
import { mkdtemp, readFile, readdir, rm, stat, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SiteDraft } from '@shared/sites/SiteProfile'
import { CaptureError, type CaptureOptions } from '../preview/capture/captureTheme'
import { MemorySecretStore } from '../secrets/SecretStore'
import { JsonFileSettingsStore } from '../settings/JsonFileSettingsStore'
import { SitesService } from './SitesService'

const THEMES = resolve(import.meta.dirname, '../../../resources/themes')

const draft = (overrides: Partial<SiteDraft> = {}): SiteDraft => ({
  name: 'Harbour News',
  url: 'https://news.example.com/',
  categories: ['Industry Insights', 'Press'],
  navigation: [{ label: 'About', url: 'https://news.example.com/about/' }],
  theme: { kind: 'builtin', id: 'newsroom' },
  target: null,
  ...overrides,
})

/** Writes a minimal captured theme, as the real capture does. */
async function writeCapturedTheme(
  options: CaptureOptions,
): Promise<{ warnings: string[]; slots: CaptureSlotFinding[] }> {
  await writeFile(
    join(options.destDir, 'theme.json'),
    JSON.stringify({ name: 'Captured', template: 'article.liquid', source: options.url }),
  )
  await writeFile(
    join(options.destDir, 'article.liquid'),
    '<h1 class="cd-title">{{ article.title }}</h1>',
  )
  return { warnings: ['A font could not be downloaded.'], slots: [{ slot: 'title', found: true }] }
}

describe('SitesService', () => {
  let dir: string
  let store: JsonFileSettingsStore
  let secrets: MemorySecretStore
  let capture: (options: CaptureOptions) => Promise<{
    warnings: string[]
    slots: CaptureSlotFinding[]
  }>
  let opened: string[]

  const service = () =>
    new SitesService({
      store,
      dataPath: join(dir, 'data'),
      builtinThemesPath: THEMES,
      secrets,
      captureTheme: (options) => capture(options),
      openPath: async (folder) => void opened.push(folder),
      now: () => new Date('2026-11-29T10:00:00Z'),
    })
  const themeDir = (id: string) => join(dir, 'data', 'sites', id, 'theme')

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'copydesk-sites-'))
    store = new JsonFileSettingsStore(join(dir, 'settings.json'))
    secrets = new MemorySecretStore()
    capture = writeCapturedTheme
    opened = []
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('creates, lists, updates and removes sites, persisted in settings', async () => {
    const sites = service()
    const created = await sites.create(draft({ categories: [' Press ', 'Press', ''] }))
    expect(created.id).toMatch(/^[a-z0-9]{12}$/)
    expect(created.categories).toEqual(['Press'])

    const reopened = new SitesService({
      store: new JsonFileSettingsStore(join(dir, 'settings.json')),
      dataPath: join(dir, 'data'),
      builtinThemesPath: THEMES,
      secrets,
      captureTheme: capture,
    })
    expect(reopened.list().map((s) => s.name)).toEqual(['Harbour News'])

    const updated = await sites.update(created.id, draft({ name: 'Harbour Group News' }))
    expect(updated).toMatchObject({ id: created.id, name: 'Harbour Group News' })
    expect(sites.get(created.id).name).toBe('Harbour Group News')

    await sites.remove(created.id)
    expect(sites.list()).toEqual([])
    await expect(sites.update(created.id, draft())).rejects.toMatchObject({ code: 'not_found' })
  })

  it('refuses a site without a name', async () => {
    await expect(service().create(draft({ name: '   ' }))).rejects.toMatchObject({
      code: 'invalid_input',
    })
  })

  it('lists the valid profiles when one stored profile is broken, and keeps the broken one', async () => {
    const sites = service()
    const good = await sites.create(draft())
    const broken = { id: 'hand-edited', name: '', url: 42 }
    store.set('sites', [broken, ...(store.get('sites') as unknown[])])

    expect(sites.list().map((s) => s.id)).toEqual([good.id])
    await sites.update(good.id, draft({ name: 'Renamed' }))
    expect(store.get('sites')).toContainEqual(broken)
  })

  it('gives each site a theme folder copied from its built-in theme', async () => {
    const sites = service()
    const site = await sites.create(draft({ theme: { kind: 'builtin', id: 'blog' } }))
    const manifest = JSON.parse(await readFile(join(themeDir(site.id), 'theme.json'), 'utf8'))
    expect(manifest.name).toBe('Blog')

    await sites.update(site.id, draft({ theme: { kind: 'builtin', id: 'newsroom' } }))
    const switched = JSON.parse(await readFile(join(themeDir(site.id), 'theme.json'), 'utf8'))
    expect(switched.name).toBe('Newsroom')
    expect(await readdir(join(dir, 'data', 'sites', site.id))).toEqual(['theme'])

    await sites.openThemeFolder(site.id)
    expect(opened).toEqual([themeDir(site.id)])

    await sites.remove(site.id)
    await expect(stat(join(dir, 'data', 'sites', site.id))).rejects.toThrow()
  })

  it('keeps edits to the theme folder when the site is saved with the same theme', async () => {
    const sites = service()
    const site = await sites.create(draft())
    const template = join(themeDir(site.id), 'article.liquid')
    await writeFile(template, '<p>edited</p>')
    await sites.update(site.id, draft({ name: 'Renamed' }))
    expect(await readFile(template, 'utf8')).toBe('<p>edited</p>')
  })

  it('swaps in a captured theme only when the capture succeeds', async () => {
    const sites = service()
    const site = await sites.create(draft())
    const result = await sites.captureTheme({
      id: site.id,
      url: 'https://news.example.com/2026/harbour',
      selector: '.entry',
    })
    expect(result.warnings).toEqual(['A font could not be downloaded.'])
    expect(result.slots).toEqual([{ slot: 'title', found: true }])
    expect(result.site.theme).toEqual({
      kind: 'captured',
      sourceUrl: 'https://news.example.com/2026/harbour',
      selector: '.entry',
      capturedAt: '2026-11-29T10:00:00.000Z',
    })
    expect(sites.get(site.id).theme.kind).toBe('captured')
    expect(await readFile(join(themeDir(site.id), 'article.liquid'), 'utf8')).toContain('cd-title')
    expect(await readdir(join(dir, 'data', 'sites', site.id))).toEqual(['theme'])

    // Saving the profile again keeps the captured theme.
    const saved = await sites.update(site.id, draft({ theme: result.site.theme }))
    expect(saved.theme.kind).toBe('captured')
  })

  it('keeps the previous theme and gives the reason when a capture fails', async () => {
    const sites = service()
    const site = await sites.create(draft())
    const before = await readFile(join(themeDir(site.id), 'article.liquid'), 'utf8')
    capture = async (options) => {
      await writeFile(join(options.destDir, 'theme.json'), '{"half": true}')
      throw new CaptureError('The page answered “not found” (404).')
    }
    await expect(
      sites.captureTheme({ id: site.id, url: 'https://news.example.com/missing' }),
    ).rejects.toMatchObject({ message: 'The page answered “not found” (404).' })
    expect(await readFile(join(themeDir(site.id), 'article.liquid'), 'utf8')).toBe(before)
    expect(sites.get(site.id).theme).toEqual({ kind: 'builtin', id: 'newsroom' })
    expect(await readdir(join(dir, 'data', 'sites', site.id))).toEqual(['theme'])
  })

  it('refuses capture addresses that are not web pages', async () => {
    const sites = service()
    const site = await sites.create(draft())
    await expect(
      sites.captureTheme({ id: site.id, url: 'file:///etc/passwd' }),
    ).rejects.toMatchObject({ code: 'invalid_input' })
  })

  it('restores a missing built-in theme folder when the preview asks for it', async () => {
    const sites = service()
    const site = await sites.create(draft())
    await rm(themeDir(site.id), { recursive: true })
    expect(await sites.themeDir(site.id)).toBe(themeDir(site.id))
    await expect(stat(join(themeDir(site.id), 'article.liquid'))).resolves.toBeTruthy()
  })

  it('saves secrets under site:<id>:<name>, reports only names, and forgets them with the site', async () => {
    const sites = service()
    const site = await sites.create(draft())
    await sites.saveSecret(site.id, 'token', 's3cret-token')
    expect(await secrets.get(`site:${site.id}:token`)).toBe('s3cret-token')
    expect(await sites.savedSecrets(site.id)).toEqual(['token'])
    expect(JSON.stringify(sites.list())).not.toContain('s3cret-token')

    await sites.remove(site.id)
    expect(await secrets.has(`site:${site.id}:token`)).toBe(false)
  })

  it('serves theme folders only for known sites and built-in themes', async () => {
    const sites = service()
    const site = await sites.create(draft())
    expect(sites.servedThemeDir({ siteId: site.id })).toBe(themeDir(site.id))
    expect(sites.servedThemeDir({ siteId: 'someone-else' })).toBeNull()
    expect(sites.servedThemeDir({ builtin: 'blog' })).toBe(join(THEMES, 'blog'))
    expect(sites.servedThemeDir({ builtin: '..' })).toBeNull()
  })

  it('does not start a theme folder for a broken draft site', async () => {
    await mkdir(join(dir, 'data'), { recursive: true })
    await expect(
      service().create(
        draft({ theme: { kind: 'captured', sourceUrl: 'x', selector: '', capturedAt: '' } }),
      ),
    ).rejects.toMatchObject({ code: 'invalid_input' })
    expect(await readdir(join(dir, 'data'))).toEqual([])
  })
})
