import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { channelName, type IpcResult } from '@shared/ipc/contract'
import { createServices, type Services } from '../../createServices'
import { MemorySecretStore } from '../../secrets/SecretStore'
import { JsonFileSettingsStore } from '../../settings/JsonFileSettingsStore'
import { createHandlers, type Handlers } from '../createHandlers'

const SECRET = 'ghost-admin-key-0123456789abcdef'

describe('sites channels', () => {
  let dir: string
  let services: Services
  let handlers: Handlers
  const secrets = new MemorySecretStore('basic_text')
  const call = async <T>(method: string, input?: unknown): Promise<IpcResult<T>> => {
    const handler = handlers[channelName('sites', method)]
    if (!handler) throw new Error(`no handler sites.${method}`)
    return (await handler(input)) as IpcResult<T>
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'copydesk-sites-ipc-'))
    services = await createServices({
      libraryPath: join(dir, 'Library'),
      settings: new JsonFileSettingsStore(join(dir, 'settings.json')),
      dataPath: join(dir, 'data'),
      secrets,
      appInfo: { version: '0.0.0-test', platform: 'linux', runtime: 'browser' },
    })
    handlers = createHandlers(services, { openExternal: async () => {}, checkOutputs: true })
  })
  afterEach(async () => {
    await services.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('creates a site and keeps its secret out of every answer', async () => {
    const created = await call<{ id: string }>('create', {
      name: 'Harbour News',
      url: 'https://news.example.com/',
      categories: ['Industry Insights'],
      navigation: [],
      theme: { kind: 'builtin', id: 'blog' },
      target: null,
    })
    if (!created.ok) throw new Error(created.error.message)
    const id = created.value.id

    const answers = [
      await call('saveSecret', { id, name: 'adminKey', value: SECRET }),
      await call('savedSecrets', { id }),
      await call('list'),
      await call('secretProtection'),
    ]
    expect(answers[1]).toEqual({ ok: true, value: ['adminKey'] })
    expect(answers[3]).toEqual({ ok: true, value: 'basic_text' })
    expect(JSON.stringify(answers)).not.toContain(SECRET)
    expect(await secrets.get(`site:${id}:adminKey`)).toBe(SECRET)
  })

  it('refuses a secret name outside the list and ids that are not site ids', async () => {
    expect(await call('saveSecret', { id: 'abc123', name: 'password', value: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    })
    expect(await call('savedSecrets', { id: '../../etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    })
    expect(await call('savedSecrets', { id: 'nosuchsite1' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
  })

  it('says plainly that folders cannot be opened where no file manager is wired', async () => {
    const created = await call<{ id: string }>('create', {
      name: 'Blog',
      url: '',
      categories: [],
      navigation: [],
      theme: { kind: 'builtin', id: 'newsroom' },
      target: null,
    })
    if (!created.ok) throw new Error(created.error.message)
    expect(await call('openThemeFolder', { id: created.value.id })).toMatchObject({
      ok: false,
      error: { code: 'refused' },
    })
  })
})
