import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServices, type Services } from './createServices'
import { LibraryService } from './library/LibraryService'
import { MemorySecretStore } from './secrets/SecretStore'
import { JsonFileSettingsStore } from './settings/JsonFileSettingsStore'

const appInfo = { version: '0.0.0', platform: 'linux', runtime: 'browser' } as const

let dir = ''
let services: Services | null = null

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-services-'))
})
afterEach(async () => {
  await services?.close()
  services = null
  await chmod(dir, 0o755).catch(() => undefined)
  await rm(dir, { recursive: true, force: true })
})

async function start(chosen: string): Promise<Services> {
  const settingsFile = join(dir, 'settings.json')
  await writeFile(settingsFile, JSON.stringify({ settings: { libraryPath: chosen } }))
  services = await createServices({
    libraryPath: join(dir, 'Default'),
    settings: new JsonFileSettingsStore(settingsFile),
    dataPath: join(dir, 'AppData'),
    secrets: new MemorySecretStore(),
    appInfo,
  })
  return services
}

async function storedLibraryPath(): Promise<unknown> {
  const data = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))
  return data.settings.libraryPath
}

describe('the library chosen earlier', () => {
  it('when missing at start: says so, keeps the choice, and opens it on Try again', async () => {
    const chosen = join(dir, 'UsbDisk', 'Library')
    const s = await start(chosen)
    expect(s.libraryInfo().path).toBe(join(dir, 'Default'))
    expect(s.libraryInfo().unavailable).toContain('cannot be found')
    expect(await storedLibraryPath()).toBe(chosen)

    await mkdir(chosen, { recursive: true })
    const info = await s.retryLibrary()
    expect(info).toMatchObject({ path: chosen, unavailable: null, readOnly: null })
  })

  it('when another Copydesk has it: opens it read-only, then writable once it lets go', async () => {
    const chosen = join(dir, 'Shared')
    const other = await LibraryService.open({ root: chosen })
    const s = await start(chosen)
    expect(s.libraryInfo().path).toBe(chosen)
    expect(s.libraryInfo().readOnly).toContain('Another Copydesk')
    await expect(s.library.create({ title: 'Refused' })).rejects.toMatchObject({ code: 'refused' })

    expect((await s.retryLibrary()).readOnly).not.toBeNull()
    await other.close()
    expect((await s.retryLibrary()).readOnly).toBeNull()
    expect((await s.library.create({ title: 'Now' })).meta.title).toBe('Now')
  })

  it.skipIf(process.getuid?.() === 0)(
    'when on a read-only folder: opens it read-only',
    async () => {
      const chosen = join(dir, 'ReadOnly')
      const before = await LibraryService.open({ root: chosen })
      await before.create({ title: 'Kept' })
      await before.close()
      await chmod(chosen, 0o555)
      const s = await start(chosen)
      expect(s.libraryInfo().readOnly).toContain('cannot write')
      expect(s.library.list({}).items.map((a) => a.title)).toEqual(['Kept'])
    },
  )
})
