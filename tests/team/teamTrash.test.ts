import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../src/main/createServices'
import { createHandlers, type Handlers } from '../../src/main/ipc/createHandlers'
import { MemorySecretStore } from '../../src/main/secrets/SecretStore'
import { JsonFileSettingsStore } from '../../src/main/settings/JsonFileSettingsStore'
import { startTeamServerProcess, type TeamServerProcess } from '../peers/startTeamServerProcess'
import { inviteAs, redeemInvite } from '../peers/teamClient'
import { freePort } from '../peers/wordpress'

let dir: string
let server: TeamServerProcess
let services: Services
let handlers: Handlers

async function call(name: string, input?: unknown): Promise<unknown> {
  const result = await handlers[`copydesk:${name}`]?.(input)
  if (!result?.ok) throw new Error(result?.error.message ?? `no handler ${name}`)
  return result.value
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-team-trash-'))
  server = await startTeamServerProcess(await freePort(), {
    COPYDESK_SERVER_DATA: join(dir, 'server'),
  })
  const admin = await redeemInvite(server.httpUrl, server.firstInvite ?? '', 'Admin')
  services = await createServices({
    libraryPath: join(dir, 'Library'),
    settings: new JsonFileSettingsStore(join(dir, 'settings.json')),
    dataPath: join(dir, 'AppData'),
    secrets: new MemorySecretStore(),
    appInfo: { version: '0.0.0', platform: 'linux', runtime: 'browser' },
  })
  handlers = createHandlers(services, { openExternal: async () => {}, checkOutputs: true })
  const invite = await inviteAs(server.httpUrl, admin, 'writer')
  await services.team().connect({ address: server.url, invite, name: 'Ada' })
})

afterAll(async () => {
  await services?.close()
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe('a team article moved to the trash', () => {
  it('leaves only this computer: closed at once, not fetched again, restorable', async () => {
    const { meta } = (await call('articles.create', { title: 'Shared plan' })) as {
      meta: { id: string }
    }
    const id = meta.id
    await call('team.moveIn', { id })
    await call('team.fetchArticles')
    await call('team.open', { id })

    await call('articles.delete', { id })
    await expect(call('team.pull', { id, stateVector: 'AA==', seen: 0 })).rejects.toThrow(
      'That team article is not open.',
    )
    // The sync that used to bring it straight back.
    await call('team.fetchArticles')
    expect(services.team().isTeamArticle(id)).toBe(false)
    expect(services.library.list({ place: 'team', limit: 100 }).items).toEqual([])

    await call('trash.restore', { id })
    expect(services.team().isTeamArticle(id)).toBe(true)
    const listed = services.library.list({ place: 'team', limit: 100 }).items.map((i) => i.id)
    expect(listed).toEqual([id])
  })

  it('is fetched again once the trash is emptied, while the team still has it', async () => {
    const { meta } = (await call('articles.create', { title: 'Fetched again' })) as {
      meta: { id: string }
    }
    const id = meta.id
    await call('team.moveIn', { id })
    await call('team.fetchArticles')
    await call('articles.delete', { id })
    await call('trash.empty')

    await call('team.fetchArticles')
    expect(services.team().isTeamArticle(id)).toBe(true)
    const listed = services.library.list({ place: 'team', limit: 100 }).items.map((i) => i.id)
    expect(listed).toContain(id)
  })
})
