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
    expect((await readdir(join(dir, 'nested'))).sort()).toEqual([
      'settings.json',
      'settings.json.bak',
    ])
  })

  it('moves a damaged file aside, puts back the last good copy and says so', async () => {
    const file = join(dir, 'settings.json')
    const first = new JsonFileSettingsStore(file)
    first.set('settings', { userName: 'Ana' })
    first.set('sites', [{ id: 'a' }, { id: 'b' }])
    await writeFile(file, '{"settings": {"userName": "Ana"')
    const store = new JsonFileSettingsStore(file)
    expect(store.get('sites')).toEqual([{ id: 'a' }, { id: 'b' }])
    expect(store.problems().join(' ')).toContain('put back the last good copy')
    const names = await readdir(dir)
    expect(names.some((n) => n.startsWith('settings.json.damaged-'))).toBe(true)
    expect(JSON.parse(await readFile(file, 'utf8')).settings).toEqual({ userName: 'Ana' })
  })

  it('starts with defaults, and says so, when no good copy is left', async () => {
    const file = join(dir, 'settings.json')
    await writeFile(file, '{"settings": {"userName": "Ana"')
    const store = new JsonFileSettingsStore(file)
    expect(store.get('settings')).toBeUndefined()
    expect(store.problems().join(' ')).toContain('default settings')
    store.set('settings', { userName: 'Ana' })
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ settings: { userName: 'Ana' } })
  })

  it('loses no site over 100 random damages of a few bytes', async () => {
    const file = join(dir, 'settings.json')
    const sites = Array.from({ length: 12 }, (_, i) => ({ id: `site-${i}`, name: `Site ${i}` }))
    const first = new JsonFileSettingsStore(file)
    first.set('sites', sites)
    const good = await readFile(file)
    let lost = 0
    for (let run = 0; run < 100; run++) {
      const damaged = Buffer.from(good)
      for (let h = 0; h < 1 + (run % 4); h++) {
        damaged[Math.floor(Math.random() * damaged.length)] = Math.floor(Math.random() * 256)
      }
      await writeFile(file, run % 10 === 0 ? damaged.subarray(0, 30) : damaged)
      const store = new JsonFileSettingsStore(file)
      const kept = JSON.stringify(store.get('sites'))
      // A damage that leaves valid JSON changes one value, which the settings service checks.
      if (store.problems().length > 0 && kept !== JSON.stringify(sites)) lost++
      await writeFile(file, good)
      await writeFile(`${file}.bak`, good)
    }
    console.log(`100 damaged settings files: ${lost} lost their sites`)
    expect(lost).toBe(0)
  })
})
