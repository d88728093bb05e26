import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as encoding from 'lib0/encoding'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { documentSchema } from '../../server/src/documentSchema'
import type { ArticleFile } from '../../src/shared/article/Article'
import { readArticleFromYDoc } from '../../src/shared/team/readArticleFromYDoc'
import { startTeamServerProcess, type TeamServerProcess } from '../peers/startTeamServerProcess'
import {
  inviteAs,
  openArticle,
  redeemInvite,
  until,
  type ArticleSession,
} from '../peers/teamClient'
import { freePort } from '../peers/wordpress'

const ARTICLE = 'quarterly-results'
const MAX_UPDATE_BYTES = 200_000

let dataDir: string
let server: TeamServerProcess
let admin: string
const sessions: ArticleSession[] = []

function open(token: string, name = ARTICLE, protocol?: number): ArticleSession {
  const session = openArticle(server.url, token, name, new Y.Doc(), protocol)
  sessions.push(session)
  return session
}

const firstText = (doc: Y.Doc): Y.XmlText => {
  const body = doc.getXmlFragment('body')
  if (body.length === 0) {
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText()])
    body.insert(0, [paragraph])
  }
  return (body.get(0) as Y.XmlElement).get(0) as Y.XmlText
}

/** The first paragraph's text, read without creating anything. */
const bodyText = (doc: Y.Doc): string => {
  const first = doc.getXmlFragment('body').get(0)
  return first instanceof Y.XmlElement ? (first.get(0)?.toString() ?? '') : ''
}

async function member(role: string, name: string): Promise<string> {
  return redeemInvite(server.httpUrl, await inviteAs(server.httpUrl, admin, role), name)
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'copydesk-team-'))
  server = await startTeamServerProcess(await freePort(), {
    COPYDESK_SERVER_DATA: dataDir,
    COPYDESK_SERVER_MAX_UPDATE_BYTES: String(MAX_UPDATE_BYTES),
    COPYDESK_SERVER_REVOCATION_CHECK_SECONDS: '0.5',
    COPYDESK_SERVER_STORE_DELAY_MS: '100',
  })
  admin = await redeemInvite(server.httpUrl, server.firstInvite ?? '', 'Admin')
})

afterAll(async () => {
  for (const session of sessions) session.destroy()
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('copydesk-server with its SQLite store', () => {
  it('lets a writer, a second writer and a reviewer work on one article live', async () => {
    const ada = open(await member('writer', 'Ada'))
    const ben = open(await member('writer', 'Ben'))
    const rae = open(await member('reviewer', 'Rae'))
    await Promise.all([ada.synced, ben.synced, rae.synced])

    ada.doc.transact(() => {
      ada.doc.getMap('details').set('title', 'Quarterly results')
      firstText(ada.doc).insert(0, 'Revenue grew.')
    })
    await until(() => bodyText(ben.doc) === 'Revenue grew.', 'Ben to see Ada typing')
    firstText(ben.doc).insert(bodyText(ben.doc).length, ' Costs fell.')
    await until(() => bodyText(rae.doc) === 'Revenue grew. Costs fell.', 'Rae to see both')

    rae.doc.transact(() => {
      firstText(rae.doc).format(0, 7, { 'comment--AbCd1234': { commentId: 'c1' } })
      const comment = new Y.Map<unknown>()
      for (const [key, value] of Object.entries({
        quote: 'Revenue',
        body: 'By how much?',
        author: 'Rae',
        createdAt: '2026-12-04T10:00:00.000Z',
        resolved: false,
        resolvedBy: null,
        resolvedAt: null,
      })) {
        comment.set(key, value)
      }
      comment.set('replies', new Y.Array())
      rae.doc.getMap('comments').set('c1', comment)
      rae.doc.getMap('review').set('status', 'approved')
    })
    await until(() => ada.doc.getMap('comments').has('c1'), 'Ada to get the comment')

    const article = readArticleFromYDoc(ada.doc, ARTICLE, documentSchema())
    expect(article.comments.map((c) => c.body)).toEqual(['By how much?'])
    expect(article.meta.status).toBe('approved')
    expect(article.doc.content?.[0]?.content?.[0]).toEqual({
      type: 'text',
      text: 'Revenue',
      marks: [{ type: 'comment', attrs: { commentId: 'c1' } }],
    })
    expect(rae.closes).toEqual([])
  })

  it('refuses a reviewer changing the body, and nobody else receives it', async () => {
    const ada = open(await member('writer', 'Ada 2'))
    const rex = open(await member('reviewer', 'Rex'))
    await Promise.all([ada.synced, rex.synced])
    const before = bodyText(ada.doc)

    firstText(rex.doc).insert(0, 'FORGED ')
    await until(() => rex.closes.length > 0, 'the server to close the reviewer')
    expect(rex.closes[0]?.reason).toMatch(/reviewer can comment on the text but not change it/)

    ada.doc.getMap('details').set('excerpt', 'still live')
    const check = open(await member('writer', 'Check'))
    await check.synced
    await until(() => check.doc.getMap('details').get('excerpt') === 'still live', 'a fresh sync')
    expect(bodyText(check.doc)).toBe(before)
    expect(bodyText(ada.doc)).toBe(before)
  })

  it('keeps the publish gate: a writer cannot mark an article published', async () => {
    const wes = open(await member('writer', 'Wes'))
    await wes.synced
    wes.doc.getMap('review').set('status', 'published')
    await until(() => wes.closes.length > 0, 'the server to refuse')
    expect(wes.closes[0]?.reason).toMatch(/Only publishers and admins/)
  })

  it('uses an invite once, and says why a code does not work', async () => {
    const code = await inviteAs(server.httpUrl, admin, 'writer')
    await redeemInvite(server.httpUrl, code, 'Once')
    await expect(redeemInvite(server.httpUrl, code, 'Twice')).rejects.toThrow(/already used/)
    await expect(redeemInvite(server.httpUrl, 'cdi_nope', 'Guess')).rejects.toThrow(/not known/)
  })

  it('refuses an app of another protocol version with a message saying which to update', async () => {
    const old = open(await member('writer', 'Old app'), ARTICLE, 0)
    await until(() => old.refusals.length > 0, 'the version refusal')
    expect(old.refusals[0]).toMatch(/app is older/)
  })

  it('disconnects a member whose token is revoked', async () => {
    const token = await member('writer', 'Leaver')
    const leaver = open(token)
    await leaver.synced
    const list = (await (
      await fetch(`${server.httpUrl}/api/members`, {
        headers: { Authorization: `Bearer ${admin}` },
      })
    ).json()) as { members: { id: string; name: string }[] }
    const id = list.members.find((m) => m.name === 'Leaver')?.id
    const revoked = await fetch(`${server.httpUrl}/api/members/${id}/revoke`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin}` },
    })
    expect(revoked.status).toBe(200)
    await until(() => leaver.closes.length > 0, 'the revoked member to be disconnected')
    expect(leaver.closes[0]?.reason).toMatch(/revoked/)
    const again = open(token)
    await until(() => again.refusals.length > 0, 'a reconnect to be refused')
  })

  it('survives malformed, oversized and ill-typed updates; others keep working', async () => {
    const token = await member('writer', 'Mallory')
    const raw = await new Promise<WebSocket>((resolve, reject) => {
      const socket = new WebSocket(`${server.url}?protocol=1`)
      socket.once('open', () => resolve(socket))
      socket.once('error', reject)
    })
    const message = (write: (encoder: encoding.Encoder) => void): Uint8Array => {
      const encoder = encoding.createEncoder()
      encoding.writeVarString(encoder, ARTICLE)
      write(encoder)
      return encoding.toUint8Array(encoder)
    }
    raw.send(
      message((e) => {
        encoding.writeVarUint(e, 2) // auth
        encoding.writeVarUint(e, 0) // token
        encoding.writeVarString(e, token)
      }),
    )
    await new Promise((resolve) => setTimeout(resolve, 200))
    const update = (bytes: Uint8Array) =>
      message((e) => {
        encoding.writeVarUint(e, 0) // sync
        encoding.writeVarUint(e, 2) // update
        encoding.writeVarUint8Array(e, bytes)
      })
    raw.send(update(new Uint8Array([1, 200, 200, 200, 200, 200, 9, 9, 9])))
    raw.send(update(new Uint8Array(MAX_UPDATE_BYTES * 2)))
    raw.on('error', () => undefined)

    const mallory = open(token)
    await mallory.synced
    mallory.doc.getXmlFragment('body').push([new Y.XmlElement('script')])
    await until(() => mallory.closes.length > 0, 'the ill-typed update to be refused')
    expect(mallory.closes[0]?.reason).toMatch(/“script”/)

    const ada = open(await member('writer', 'Ada 3'))
    const ben = open(await member('writer', 'Ben 3'))
    await Promise.all([ada.synced, ben.synced])
    firstText(ada.doc).insert(0, 'Still here. ')
    await until(() => bodyText(ben.doc).startsWith('Still here. '), 'edits to flow after attacks')
    const names = ben.doc
      .getXmlFragment('body')
      .toArray()
      .map((n) => (n as Y.XmlElement).nodeName)
    expect(names).toEqual(['paragraph'])
    raw.terminate()
  })

  it('lets one publisher at a time publish an article', async () => {
    const lock = (token: string, method = 'POST') =>
      fetch(`${server.httpUrl}/api/articles/${ARTICLE}/publish-lock`, {
        method,
        headers: { Authorization: `Bearer ${token}` },
      })
    const pia = await member('publisher', 'Pia')
    const paul = await member('publisher', 'Paul')
    expect((await lock(pia)).status).toBe(200)
    const refused = await lock(paul)
    expect(refused.status).toBe(409)
    expect(((await refused.json()) as { error: string }).error).toMatch(/Pia is publishing/)
    expect((await lock(await member('writer', 'Wren'))).status).toBe(403)
    expect((await lock(pia, 'DELETE')).status).toBe(200)
    expect((await lock(paul)).status).toBe(200)
  })

  it('lists team articles for members', async () => {
    await until(() => server.output().length > 0, 'output')
    const articles = async () =>
      (await (
        await fetch(`${server.httpUrl}/api/articles`, {
          headers: { Authorization: `Bearer ${admin}` },
        })
      ).json()) as { articles: { id: string; title: string }[] }
    let list = await articles()
    for (let i = 0; i < 50 && list.articles.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      list = await articles()
    }
    expect(list.articles).toContainEqual(
      expect.objectContaining({ id: ARTICLE, title: 'Quarterly results' }),
    )
    const one = await fetch(`${server.httpUrl}/api/articles/${ARTICLE}`, {
      headers: { Authorization: `Bearer ${admin}` },
    })
    const article = (await one.json()) as ArticleFile
    expect(article.meta.title).toBe('Quarterly results')
    expect(article.comments.map((c) => c.body)).toEqual(['By how much?'])
    const anonymous = await fetch(`${server.httpUrl}/api/articles`)
    expect(anonymous.status).toBe(401)
  })
})
