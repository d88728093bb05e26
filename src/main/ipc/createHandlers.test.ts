import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channelName, contract, MAX_IMAGE_BYTES, type IpcResult } from '@shared/ipc/contract'
import { createServices, type Services } from '../createServices'
import { AppError } from '../errors/AppError'
import type { LibraryService } from '../library/LibraryService'
import type { PreviewService } from '../preview/PreviewService'
import { MemorySecretStore } from '../secrets/SecretStore'
import { JsonFileSettingsStore } from '../settings/JsonFileSettingsStore'
import { SettingsService } from '../settings/SettingsService'
import { createHandlers, type Handlers } from './createHandlers'
import { unexpectedErrorMessage } from './toIpcError'

const appInfo = { version: '0.0.0-test', platform: 'linux', runtime: 'browser' } as const

/** Services around a stand-in library, for testing the handler layer on its own. */
function fakeServices(library: Partial<Record<keyof LibraryService, unknown>>): Services {
  const store = { get: () => undefined, set: () => {} }
  return {
    library: library as unknown as LibraryService,
    settings: new SettingsService(store, { libraryPath: '/lib' }),
    secrets: new MemorySecretStore(),
    // Serves its channel group itself, so the binding needs its methods to exist.
    preview: {
      render: vi.fn(),
      exportReviewCopy: vi.fn(),
      exportPdf: vi.fn(),
    } as Partial<PreviewService> as PreviewService,
    appInfo,
    userName: () => 'Ana',
    chooseLibrary: async () => null,
    switchLibrary: async () => {
      throw new Error('not used')
    },
    close: async () => {},
  } as Partial<Services> as Services
}

function valueOf<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

const call = (handlers: Handlers, name: string, input?: unknown) => {
  const handler = handlers[name]
  if (!handler) throw new Error(`no handler ${name}`)
  return handler(input)
}

describe('createHandlers', () => {
  it('has a handler for every channel of the contract', () => {
    const handlers = createHandlers(fakeServices({}), { openExternal: async () => {} })
    const expected = Object.entries(contract).flatMap(([group, methods]) =>
      Object.keys(methods).map((method) => channelName(group, method)),
    )
    expect(Object.keys(handlers).sort()).toEqual(expected.sort())
  })

  it('refuses malformed input before any service runs', async () => {
    const get = vi.fn()
    const handlers = createHandlers(fakeServices({ get }), { openExternal: async () => {} })
    const result = await call(handlers, 'copydesk:articles.get', { id: '../../etc/passwd' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(!result.ok && result.error.message).toContain('id: invalid article id')
    expect(get).not.toHaveBeenCalled()
  })

  it('passes an AppError code and message through as written', async () => {
    const get = async () => {
      throw new AppError('not_found', 'That article is no longer in the library.')
    }
    const handlers = createHandlers(fakeServices({ get }), { openExternal: async () => {} })
    expect(await call(handlers, 'copydesk:articles.get', { id: 'gone-article' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That article is no longer in the library.' },
    })
  })

  it('hides unexpected errors behind a generic message and logs them on the main side', async () => {
    const secret = new Error("EACCES: open '/home/ana/.secrets/token'")
    const log = vi.fn()
    const handlers = createHandlers(
      fakeServices({
        get: async () => {
          throw secret
        },
      }),
      { openExternal: async () => {}, log },
    )
    const result = await call(handlers, 'copydesk:articles.get', { id: 'some-article' })
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: unexpectedErrorMessage() },
    })
    expect(log).toHaveBeenCalledWith('Unexpected failure in copydesk:articles.get', secret)
  })

  it('opens only http(s) and mailto links', async () => {
    const openExternal = vi.fn(async () => {})
    const handlers = createHandlers(fakeServices({}), { openExternal })
    const refused = await call(handlers, 'copydesk:app.openExternal', { url: 'file:///etc/passwd' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused' } })
    valueOf(await call(handlers, 'copydesk:app.openExternal', { url: 'https://example.com/' }))
    expect(openExternal.mock.calls).toEqual([['https://example.com/']])
  })

  it('decodes images and refuses damaged or oversized ones', async () => {
    const importAsset = vi.fn(async () => ({ src: 'asset:x', name: 'x' }))
    const handlers = createHandlers(fakeServices({ importAsset }), { openExternal: async () => {} })
    const base = { articleId: 'some-article', fileName: 'a.png', mimeType: 'image/png' }
    const damaged = await call(handlers, 'copydesk:assets.import', { ...base, dataBase64: 'ab$d' })
    expect(damaged).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const huge = Buffer.alloc(MAX_IMAGE_BYTES + 3).toString('base64')
    const tooBig = await call(handlers, 'copydesk:assets.import', { ...base, dataBase64: huge })
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'refused' } })
    expect(!tooBig.ok && tooBig.error.message).toContain('up to 50 MB')
    valueOf(await call(handlers, 'copydesk:assets.import', { ...base, dataBase64: 'AQID' }))
    expect(importAsset).toHaveBeenCalledWith({ ...base, bytes: new Uint8Array([1, 2, 3]) })
  })
})

describe('handlers over a real library', () => {
  let dir = ''
  let services: Services
  let handlers: Handlers
  let chosen: string | null = null

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'copydesk-handlers-'))
    services = await createServices({
      libraryPath: join(dir, 'Library'),
      settings: new JsonFileSettingsStore(join(dir, 'settings.json')),
      dataPath: join(dir, 'AppData'),
      secrets: new MemorySecretStore(),
      appInfo,
      fallbackUserName: 'Ana',
      chooseLibraryFolder: async () => chosen,
    })
    handlers = createHandlers(services, { openExternal: async () => {}, checkOutputs: true })
  })
  afterEach(async () => {
    await services.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('creates, saves and reads back an article', async () => {
    const created = valueOf(await call(handlers, 'copydesk:articles.create', { title: 'Draft' }))
    const { id } = (created as { meta: { id: string } }).meta
    const doc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Berths open in spring.' }] }],
    }
    valueOf(
      await call(handlers, 'copydesk:articles.save', {
        id,
        doc,
        meta: { title: 'Harbour expansion', category: 'Industry Insights' },
      }),
    )
    const article = valueOf(await call(handlers, 'copydesk:articles.get', { id })) as {
      meta: { title: string; category: string }
      doc: unknown
    }
    expect(article.meta).toMatchObject({
      title: 'Harbour expansion',
      category: 'Industry Insights',
    })
    expect(article.doc).toEqual(doc)
    const list = valueOf(await call(handlers, 'copydesk:articles.list', {})) as {
      items: { id: string }[]
    }
    expect(list.items.map((item) => item.id)).toEqual([id])
  })

  it('switches to a chosen library folder and remembers it', async () => {
    valueOf(await call(handlers, 'copydesk:articles.create', { title: 'In the first library' }))
    chosen = join(dir, 'Second')
    const info = valueOf(await call(handlers, 'copydesk:library.choose')) as { path: string }
    expect(info.path).toBe(chosen)
    const list = valueOf(await call(handlers, 'copydesk:articles.list', {})) as { total: number }
    expect(list.total).toBe(0)
    const settings = valueOf(await call(handlers, 'copydesk:settings.get')) as {
      libraryPath: string
    }
    expect(settings.libraryPath).toBe(chosen)
  })

  it('refuses a folder that holds other files', async () => {
    chosen = join(dir)
    const result = await call(handlers, 'copydesk:library.choose')
    expect(result).toMatchObject({ ok: false, error: { code: 'refused' } })
  })
})
