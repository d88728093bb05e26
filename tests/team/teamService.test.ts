import { readFileSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { documentSchema } from '../../server/src/documentSchema'
import { LibraryPaths } from '../../src/main/library/LibraryPaths'
import { MemorySecretStore } from '../../src/main/secrets/SecretStore'
import { NodeWebSocket } from '../../src/main/team/NodeWebSocket'
import { TeamService } from '../../src/main/team/TeamService'
import { startTeamServerProcess, type TeamServerProcess } from '../peers/startTeamServerProcess'
import { inviteAs, openArticle, redeemInvite, until } from '../peers/teamClient'
import { freePort } from '../peers/wordpress'

const ARTICLE = 'offline-first'

let dataDir: string
let libraryDir: string
let server: TeamServerProcess
let admin: string
let notTeamServer: Server

function service(secrets = new MemorySecretStore()): TeamService {
  return new TeamService({ paths: new LibraryPaths(libraryDir), secrets, schema: documentSchema() })
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'copydesk-team-'))
  libraryDir = mkdtempSync(join(tmpdir(), 'copydesk-library-'))
  server = await startTeamServerProcess(await freePort(), { COPYDESK_SERVER_DATA: dataDir })
  admin = await redeemInvite(server.httpUrl, server.firstInvite ?? '', 'Admin')
  notTeamServer = createServer((_, response) => response.end('<h1>A blog</h1>'))
  await new Promise<void>((resolve) => notTeamServer.listen(0, '127.0.0.1', resolve))
})

afterAll(async () => {
  notTeamServer?.close()
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(libraryDir, { recursive: true, force: true })
})

describe('TeamService', () => {
  it('says what is wrong with an address or an invite', async () => {
    const team = service()
    const invite = await inviteAs(server.httpUrl, admin, 'writer')
    const closed = `ws://127.0.0.1:${await freePort()}`
    await expect(team.connect({ address: closed, invite, name: 'A' })).rejects.toThrow(
      /Nothing answers at/,
    )
    const blog = notTeamServer.address() as { port: number }
    await expect(
      team.connect({ address: `ws://127.0.0.1:${blog.port}`, invite, name: 'A' }),
    ).rejects.toThrow(/is not a Copydesk team server/)
    await expect(
      team.connect({ address: 'ws://team.example.org', invite, name: 'A' }),
    ).rejects.toThrow(/without encryption/)
    await expect(
      team.connect({ address: server.url, invite: 'cdi_wrong', name: 'A' }),
    ).rejects.toThrow(/not known/)
  })

  it('keeps the token in the secret store, not in the library', async () => {
    const secrets = new MemorySecretStore()
    const invite = await inviteAs(server.httpUrl, admin, 'writer')
    const connection = await service(secrets).connect({ address: server.url, invite, name: 'Ada' })
    expect(connection.member.role).toBe('writer')
    const token = await secrets.get('team.token')
    expect(token).toMatch(/^cdt_/)
    expect(readFileSync(join(libraryDir, 'team.json'), 'utf8')).not.toContain(token ?? '')
  })

  it('opens one connection however many articles open at once (a join), and closes it', async () => {
    const sockets: NodeWebSocket[] = []
    class CountedWebSocket extends NodeWebSocket {
      constructor(...args: ConstructorParameters<typeof NodeWebSocket>) {
        super(...args)
        sockets.push(this)
      }
    }
    const invite = await inviteAs(server.httpUrl, admin, 'writer')
    const team = new TeamService({
      paths: new LibraryPaths(libraryDir),
      secrets: new MemorySecretStore(),
      schema: documentSchema(),
      WebSocketPolyfill: CountedWebSocket,
    })
    await team.connect({ address: server.url, invite, name: 'Ada' })
    const ids = Array.from({ length: 12 }, (_, i) => `opened-at-once-${i}`)
    const sessions = await Promise.all(ids.map((id) => team.openArticle(id)))
    await until(() => sessions.every((s) => s.status().kind === 'synced'), 'all synced')
    expect(sockets).toHaveLength(1)
    await Promise.all(sessions.map((session) => session.close()))
    await team.close()
    await until(
      () => sockets.every((socket) => socket.readyState === NodeWebSocket.CLOSED),
      'closed',
    )
  })

  it('keeps receiving the team’s changes after an article is closed and at once opened again', async () => {
    const id = 'closed-and-reopened'
    const invite = await inviteAs(server.httpUrl, admin, 'writer')
    const team = service()
    await team.connect({ address: server.url, invite, name: 'Ada' })
    const colleague = openArticle(server.url, admin, id)
    await colleague.synced
    let session = await team.openArticle(id)
    await until(() => session.status().kind === 'synced', 'synced')
    for (let round = 1; round <= 6; round += 1) {
      // The window closes the article and opens it again (a remount, a quick switch back).
      await session.close()
      session = await team.openArticle(id)
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText(`Round ${round} from a colleague.`)])
      colleague.doc.getXmlFragment('body').push([paragraph])
      const reopened = session
      await until(
        () => reopened.doc.getXmlFragment('body').toString().includes(`Round ${round} `),
        `round ${round} to reach the reopened article`,
        5000,
      )
    }
    colleague.destroy()
    await session.close()
    await team.close()
  })

  it('works offline first: edits are on disk at once and reach the team after reconnecting', async () => {
    const secrets = new MemorySecretStore()
    const invite = await inviteAs(server.httpUrl, admin, 'writer')
    let team = service(secrets)
    await team.connect({ address: server.url, invite, name: 'Ada' })
    let session = await team.openArticle(ARTICLE)
    await until(() => session.status().kind === 'synced', 'synced')

    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText('Written online.')])
    session.doc.getXmlFragment('body').push([paragraph])
    session.doc.getMap('details').set('title', 'Offline first')
    await until(() => session.status().kind === 'synced', 'the edit acknowledged')

    await server.kill('SIGKILL')
    await until(() => session.status().kind === 'offline', 'offline status')
    const offline = new Y.XmlElement('paragraph')
    offline.insert(0, [new Y.XmlText('Written offline.')])
    session.doc.getXmlFragment('body').push([offline])
    const status = session.status()
    expect(status.kind === 'offline' && status.changes).toBeGreaterThan(0)
    await session.close()
    await team.close()

    const article = JSON.parse(
      readFileSync(join(libraryDir, 'articles', ARTICLE, 'article.json'), 'utf8'),
    )
    expect(article.meta.title).toBe('Offline first')
    expect(JSON.stringify(article.doc)).toContain('Written offline.')

    // The app restarts, then the server comes back: the offline paragraph reaches the others.
    team = service(secrets)
    session = await team.openArticle(ARTICLE)
    expect(session.doc.getXmlFragment('body').toString()).toContain('Written offline.')
    await server.restart()
    const colleague = openArticle(server.url, admin, ARTICLE)
    await until(
      () => colleague.doc.getXmlFragment('body').toString().includes('Written offline.'),
      'the colleague to receive the offline edit',
      20_000,
    )
    await until(() => session.status().kind === 'synced', 'synced again', 20_000)
    colleague.destroy()
    await session.close()
    await team.close()
  })
})
