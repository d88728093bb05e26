import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import * as Y from 'yjs'
import { startPostgres, type PostgresPeer } from '../peers/startPostgres'
import { startRedis, type RedisPeer } from '../peers/startRedis'
import { startTeamServerProcess, type TeamServerProcess } from '../peers/startTeamServerProcess'
import {
  inviteAs,
  openArticle,
  redeemInvite,
  until,
  type ArticleSession,
} from '../peers/teamClient'
import { freePort } from '../peers/wordpress'

const ARTICLE = 'two-instances'

let postgres: PostgresPeer
let redis: RedisPeer
let first: TeamServerProcess
let second: TeamServerProcess
let admin: string
const sessions: ArticleSession[] = []

const text = (doc: Y.Doc): string => doc.getXmlFragment('body').toString()

beforeAll(async () => {
  ;[postgres, redis] = await Promise.all([startPostgres(), startRedis()])
  const env = {
    COPYDESK_SERVER_STORE: 'postgres',
    COPYDESK_SERVER_POSTGRES_URL: postgres.url,
    COPYDESK_SERVER_REDIS_URL: redis.url,
    COPYDESK_SERVER_STORE_DELAY_MS: '100',
    COPYDESK_SERVER_REVOCATION_CHECK_SECONDS: '0.5',
  }
  first = await startTeamServerProcess(await freePort(), env)
  second = await startTeamServerProcess(await freePort(), env)
  admin = await redeemInvite(first.httpUrl, first.firstInvite ?? '', 'Admin')
})

afterAll(async () => {
  for (const session of sessions) session.destroy()
  await Promise.all([first?.stop(), second?.stop()])
  await Promise.all([postgres?.stop(), redis?.stop()])
})

async function writer(name: string): Promise<string> {
  return redeemInvite(first.httpUrl, await inviteAs(first.httpUrl, admin, 'writer'), name)
}

function open(server: TeamServerProcess, token: string): ArticleSession {
  const session = openArticle(server.url, token, ARTICLE)
  sessions.push(session)
  return session
}

describe('several copydesk-server instances with PostgreSQL and Redis', () => {
  it('shows each member the edits made through the other instance', async () => {
    const ada = open(first, await writer('Ada'))
    const ben = open(second, await writer('Ben'))
    await Promise.all([ada.synced, ben.synced])
    ada.doc.transact(() => {
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText('From the first instance.')])
      ada.doc.getXmlFragment('body').push([paragraph])
    })
    await until(() => text(ben.doc).includes('From the first instance.'), 'Ben on the second')
    ben.doc.transact(() => {
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText('From the second instance.')])
      ben.doc.getXmlFragment('body').push([paragraph])
    })
    await until(() => text(ada.doc).includes('From the second instance.'), 'Ada on the first')
    expect(text(ada.doc)).toBe(text(ben.doc))
  })

  it('keeps the article in PostgreSQL across a restart of every instance', async () => {
    const client = new pg.Client({ connectionString: postgres.url })
    await client.connect()
    const stored = async () =>
      (await client.query('SELECT 1 FROM copydesk_documents WHERE name = $1', [ARTICLE])).rowCount
    for (let i = 0; i < 50 && (await stored()) === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(await stored()).toBe(1)
    await client.end()
    for (const session of sessions.splice(0)) session.destroy()
    await first.stop()
    await second.stop()
    await first.restart()
    const reader = open(first, await writer('Reader'))
    await reader.synced
    expect(text(reader.doc)).toContain('From the first instance.')
    expect(text(reader.doc)).toContain('From the second instance.')
    await second.restart()
  })

  it('disconnects a revoked member on every instance', async () => {
    const token = await writer('Leaver')
    const leaver = open(second, token)
    await leaver.synced
    const members = (await (
      await fetch(`${first.httpUrl}/api/members`, { headers: { Authorization: `Bearer ${admin}` } })
    ).json()) as { members: { id: string; name: string }[] }
    const id = members.members.find((m) => m.name === 'Leaver')?.id
    await fetch(`${first.httpUrl}/api/members/${id}/revoke`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin}` },
    })
    await until(() => leaver.closes.length > 0, 'the second instance to disconnect the member')
    expect(leaver.closes[0]?.reason).toMatch(/revoked/)
  })
})
