import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import * as Y from 'yjs'
import { startTeamServerProcess, type TeamServerProcess } from '../peers/startTeamServerProcess'
import { openArticle, redeemInvite, until } from '../peers/teamClient'
import { freePort } from '../peers/wordpress'

/**
 * How many times the server is SIGKILLed while a member types, as the team workspace promises.
 * Each round restarts the server process: about 1.3 s here, up to 5 s on a busy 2-core machine.
 */
const KILLS = 50
const ARTICLE = 'typing-through-crashes'

let dataDir: string
let server: TeamServerProcess

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'copydesk-team-'))
  server = await startTeamServerProcess(await freePort(), {
    COPYDESK_SERVER_DATA: dataDir,
    COPYDESK_SERVER_STORE_DELAY_MS: '50',
  })
})

afterAll(async () => {
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

it(`loses no typed word when the server is SIGKILLed ${KILLS} times during typing`, async () => {
  const token = await redeemInvite(server.httpUrl, server.firstInvite ?? '', 'Typist')
  const writer = openArticle(server.url, token, ARTICLE)
  await writer.synced
  const line = new Y.XmlText()
  writer.doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [line])
    writer.doc.getXmlFragment('body').insert(0, [paragraph])
  })

  let typed = 0
  const typeFor = async (ms: number) => {
    const end = Date.now() + ms
    while (Date.now() < end) {
      line.insert(line.length, `w${typed++} `)
      await sleep(3)
    }
  }

  for (let kill = 0; kill < KILLS; kill++) {
    const typing = typeFor(150 + Math.random() * 150)
    await sleep(Math.random() * 150)
    await server.kill('SIGKILL')
    await typing
    await server.restart()
    await typeFor(30)
  }
  await until(() => writer.provider.synced && !writer.provider.hasUnsyncedChanges, 'sync', 20_000)
  // Once more, straight after the last acknowledgement: the writer resends what the store lacks.
  await server.kill('SIGKILL')
  await server.restart()
  await until(() => writer.provider.synced && !writer.provider.hasUnsyncedChanges, 'resync', 20_000)

  const reader = openArticle(server.url, token, ARTICLE)
  await reader.synced
  const words = (text: string) => text.trim().split(' ')
  const expected = Array.from({ length: typed }, (_, i) => `w${i}`)
  await until(
    () =>
      reader.doc
        .getXmlFragment('body')
        .toString()
        .includes(`w${typed - 1} `),
    'the reader to see the last word',
  )
  const readerLine = (reader.doc.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText
  expect(words(readerLine.toString())).toEqual(expected)
  writer.destroy()
  reader.destroy()
})
