import { describe, expect, it } from 'vitest'
import { SettingsPatchSchema } from '@shared/settings/Settings'
import { SettingsService } from './SettingsService'
import type { SettingsStore, StoredSettings } from './SettingsStore'

class MemoryStore implements SettingsStore {
  readonly data: Record<string, unknown> = {}
  get(key: keyof StoredSettings): unknown {
    return this.data[key]
  }
  set<K extends keyof StoredSettings>(key: K, value: StoredSettings[K]): void {
    this.data[key] = structuredClone(value)
  }
}

const defaults = { libraryPath: '/data/Library' }

describe('SettingsService', () => {
  it('returns defaults when nothing is stored', () => {
    const settings = new SettingsService(new MemoryStore(), defaults).get()
    expect(settings).toEqual({
      userName: '',
      nameAsked: false,
      libraryPath: '/data/Library',
      panes: { library: true, meta: true },
      lastArticleId: null,
      language: null,
    })
  })

  it('stores the language chosen and tells main, which follows it', () => {
    const told: (string | null)[] = []
    const service = new SettingsService(new MemoryStore(), defaults, (s) => told.push(s.language))
    service.update({ language: 'de' })
    expect(service.get().language).toBe('de')
    service.update({ language: null })
    expect(told).toEqual(['de', null])
  })

  it('ignores a stored language it does not speak', () => {
    const store = new MemoryStore()
    store.data.settings = { language: 'tlh', userName: 'Ana' }
    const settings = new SettingsService(store, defaults).get()
    expect([settings.language, settings.userName]).toEqual([null, 'Ana'])
  })

  it('keeps valid stored fields and drops only the invalid one', () => {
    const store = new MemoryStore()
    store.data.settings = { userName: 'Ana', lastArticleId: '../../etc', panes: { meta: false } }
    const settings = new SettingsService(store, defaults).get()
    expect(settings.userName).toBe('Ana')
    expect(settings.lastArticleId).toBeNull()
    expect(settings.panes).toEqual({ library: true, meta: false })
  })

  it('applies a pane patch without touching the user name or the other pane', () => {
    const service = new SettingsService(new MemoryStore(), defaults)
    service.update(SettingsPatchSchema.parse({ userName: 'Ana', panes: { library: false } }))
    const next = service.update(SettingsPatchSchema.parse({ panes: { meta: false } }))
    expect(next).toMatchObject({ userName: 'Ana', panes: { library: false, meta: false } })
  })

  it('remembers that the name was asked, so a skipped question is not asked again', () => {
    const store = new MemoryStore()
    new SettingsService(store, defaults).update(SettingsPatchSchema.parse({ nameAsked: true }))
    expect(new SettingsService(store, defaults).get()).toMatchObject({
      userName: '',
      nameAsked: true,
    })
  })

  it('persists a chosen library path, which renderer patches cannot change', () => {
    const store = new MemoryStore()
    const service = new SettingsService(store, defaults)
    service.setLibraryPath('/elsewhere/Library')
    expect(new SettingsService(store, defaults).get().libraryPath).toBe('/elsewhere/Library')
    expect(SettingsPatchSchema.parse({ libraryPath: '/tmp/x' })).toEqual({})
  })
})
