import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import * as Y from 'yjs'
import { startTeamServerProcess, type TeamServerProcess } from '../peers/startTeamServerProcess'
import { inviteAs, openArticle, redeemInvite, until } from '../peers/teamClient'
import { freePort } from '../peers/wordpress'

const ARTICLE = 'offline-paragraph'

let dataDir: string
let server: TeamServerProcess

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'copydesk-team-'))
  server = await startTeamServerProcess(await freePort(), { COPYDESK_SERVER_DATA: dataDir })
})

afterAll(async () => {
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

const text = (doc: Y.Doc): string =>
  ((doc.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText).toString()
const paragraph = (doc: Y.Doc): Y.XmlText =>
  (doc.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText

it('keeps both members’ words when they edited the same paragraph offline', async () => {
  const admin = await redeemInvite(server.httpUrl, server.firstInvite ?? '', 'Admin')
  const tokenA = await redeemInvite(
    server.httpUrl,
    await inviteAs(server.httpUrl, admin, 'writer'),
    'A',
  )
  const tokenB = await redeemInvite(
    server.httpUrl,
    await inviteAs(server.httpUrl, admin, 'writer'),
    'B',
  )

  let a = openArticle(server.url, tokenA, ARTICLE)
  await a.synced
  a.doc.transact(() => {
    const p = new Y.XmlElement('paragraph')
    p.insert(0, [new Y.XmlText('The results were good.')])
    a.doc.getXmlFragment('body').insert(0, [p])
  })
  let b = openArticle(server.url, tokenB, ARTICLE)
  await until(() => b.doc.getXmlFragment('body').length === 1, 'B to get the paragraph')

  // Both go offline (the app keeps each Y.Doc on disk); each edits the same sentence.
  a.destroy()
  b.destroy()
  paragraph(a.doc).insert('The results were '.length, 'very ')
  paragraph(b.doc).insert('The results were good'.length, ' for every region')
  paragraph(b.doc).insert(0, 'Overall, t')
  paragraph(b.doc).delete('Overall, t'.length, 1)

  a = openArticle(server.url, tokenA, ARTICLE, a.doc)
  b = openArticle(server.url, tokenB, ARTICLE, b.doc)
  const expected = 'Overall, the results were very good for every region.'
  await until(() => text(a.doc) === expected && text(b.doc) === expected, 'both to converge')

  const fresh = openArticle(server.url, tokenA, ARTICLE)
  await fresh.synced
  expect(text(fresh.doc)).toBe(expected)
  for (const session of [a, b, fresh]) session.destroy()
})
