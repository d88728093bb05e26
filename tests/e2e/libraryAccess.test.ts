import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LibraryService } from '../../src/main/library/LibraryService'
import { startHarness, type Harness } from '../harness/startHarness'

const WAIT = { timeout: 10_000 }

let dir = ''
let libraryPath = ''
let articleId = ''
let other: LibraryService | null = null
let harness: Harness | null = null

describe('a library another Copydesk has open', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'copydesk-access-'))
    libraryPath = join(dir, 'Library')
    const seed = await LibraryService.open({ root: libraryPath })
    articleId = (await seed.create({ title: 'Shared draft' })).meta.id
    await seed.close()
    other = await LibraryService.open({ root: libraryPath })
    harness = await startHarness({ libraryPath, settingsPath: join(dir, 'settings.json') })
  }, 120_000)

  afterAll(async () => {
    await harness?.close()
    await other?.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('opens read-only with a banner, and writable after Try again once the other closed', async () => {
    const page = (harness as Harness).page
    const banner = page.locator('[data-testid=library-banner]')
    await banner.waitFor(WAIT)
    expect(await banner.textContent()).toContain('Another Copydesk')
    await page.locator(`[data-testid=article-row][data-id="${articleId}"]`).waitFor(WAIT)

    await other?.close()
    other = null
    await page.click('[data-testid=library-retry]')
    await banner.waitFor({ state: 'detached', ...WAIT })
    const created = await (harness as Harness).services.library.create({ title: 'After retry' })
    const file = join(libraryPath, 'articles', created.meta.id, 'article.json')
    expect(JSON.parse(await readFile(file, 'utf8')).meta.title).toBe('After retry')
  })
})

describe('an open article that a sync tool replaces', () => {
  let syncDir = ''
  let syncHarness: Harness | null = null

  beforeAll(async () => {
    syncDir = await mkdtemp(join(tmpdir(), 'copydesk-sync-e2e-'))
    syncHarness = await startHarness({
      libraryPath: join(syncDir, 'Library'),
      settingsPath: join(syncDir, 'settings.json'),
    })
  }, 120_000)

  afterAll(async () => {
    await syncHarness?.close()
    await rm(syncDir, { recursive: true, force: true })
  })

  it('shows the new version when nothing is unsaved here', async () => {
    const h = syncHarness as Harness
    const created = await h.services.library.create({ title: 'Before the sync' })
    const id = created.meta.id
    await h.reload()
    await h.page.click(`[data-testid=article-row][data-id="${id}"]`)
    await h.page.waitForFunction(
      () =>
        document.querySelector<HTMLInputElement>('[data-testid=title-input]')?.value ===
        'Before the sync',
      undefined,
      WAIT,
    )
    const file = join(syncDir, 'Library', 'articles', id, 'article.json')
    const data = JSON.parse(await readFile(file, 'utf8'))
    data.meta.title = 'From the other laptop'
    data.doc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Synced text.' }] }],
    }
    await writeFile(`${file}.sync`, JSON.stringify(data))
    await rename(`${file}.sync`, file)
    await h.page.waitForFunction(
      () =>
        document.querySelector<HTMLInputElement>('[data-testid=title-input]')?.value ===
        'From the other laptop',
      undefined,
      WAIT,
    )
    expect(await h.page.locator('[data-testid=editor] .ProseMirror').first().textContent()).toBe(
      'Synced text.',
    )
  })
})
