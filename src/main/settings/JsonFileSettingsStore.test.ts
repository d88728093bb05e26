import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JsonFileSettingsStore } from './JsonFileSettingsStore'

describe('JsonFileSettingsStore', () => {
  let dir = ''
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'copydesk-settings-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('starts empty when there is no file yet', () => {
    const store = new JsonFileSettingsStore(join(dir, 'settings.json'))
    expect(store.get('settings')).toBeUndefined()
  })

  it('keeps values across instances and leaves no temp file behind', async () => {
    const file = join(dir, 'nested', 'settings.json')
    new JsonFileSettingsStore(file).set('window', { width: 900, height: 700, maximized: true })
    expect(new JsonFileSettingsStore(file).get('window')).toEqual({
      width: 900,
      height: 700,
      maximized: true,
    })
    expect(await readdir(join(dir, 'nested'))).toEqual(['settings.json'])
  })

  it('moves a damaged file aside and starts with defaults', async () => {
    const file = join(dir, 'settings.json')
    await writeFile(file, '{"settings": {"userName": "Ana"')
    const store = new JsonFileSettingsStore(file)
    expect(store.get('settings')).toBeUndefined()
    const names = await readdir(dir)
    expect(names.some((n) => n.startsWith('settings.json.damaged-'))).toBe(true)
    store.set('settings', { userName: 'Ana' })
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ settings: { userName: 'Ana' } })
  })
})
