import { readFileSync, renameSync, rmSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { documentSchema } from '../server/src/documentSchema'
import { LibraryPaths } from '../src/main/library/LibraryPaths'
import { MemorySecretStore } from '../src/main/secrets/SecretStore'
import { TeamService } from '../src/main/team/TeamService'
import { checkUpdate } from '../src/shared/team/checkUpdate'
import { inspectUpdate } from '../src/shared/team/inspectUpdate'
import { readArticleFromYDoc } from '../src/shared/team/readArticleFromYDoc'
import { TEAM_PROTOCOL_VERSION } from '../src/shared/team/teamProtocol'
import {
  startTeamServerProcess,
  type TeamServerProcess,
} from '../tests/peers/startTeamServerProcess'
import { inviteAs, openArticle, redeemInvite, until } from '../tests/peers/teamClient'
import { freePort } from '../tests/peers/wordpress'
import type { BenchRow } from './BenchRow'
import { percentile } from './percentile'
import { seedTeamWorkspace, teamArticleState } from './teamWorkspace'

const WORKSPACE_ARTICLES = 1000
const ARTICLE_WORDS = 500
const LONG_WORDS = 50_000
const TYPISTS = 20
const KEYS_PER_SECOND = 5
const TYPING_SECONDS = 10
const OPEN_FOR_MEMORY = 200
/** Articles a joining client has in flight at once over its one socket. */
const IN_FLIGHT = 64

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const rssMb = (pid: number | undefined) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024

/** CPU seconds (user + system) process `pid` has used so far. */
function cpuSeconds(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  // utime and stime, the 14th and 15th fields of the whole line, in clock ticks (100 a second).
  return (Number(fields[11]) + Number(fields[12])) / 100
}

function socketFor(server: TeamServerProcess) {
  return new HocuspocusProviderWebsocket({
    url: `${server.url}?protocol=${TEAM_PROTOCOL_VERSION}`,
    WebSocketPolyfill: WebSocket,
  })
}

/**
 * Opens `ids` over one socket, at most `IN_FLIGHT` at a time (the server caps a socket's pending
 * documents); `onSynced` runs per article once synced.
 */
async function openAll(
  server: TeamServerProcess,
  token: string,
  ids: string[],
  onSynced: (id: string, doc: Y.Doc) => void,
  keepOpen = false,
): Promise<() => void> {
  const socket = socketFor(server)
  const open: HocuspocusProvider[] = []
  const queue = [...ids]
  const openOne = (id: string) =>
    new Promise<void>((resolve) => {
      const document = new Y.Doc()
      const provider: HocuspocusProvider = new HocuspocusProvider({
        websocketProvider: socket,
        name: id,
        token,
        document,
        onSynced: () => {
          onSynced(id, document)
          if (!keepOpen) provider.destroy()
          resolve()
        },
      })
      provider.attach()
      open.push(provider)
    })
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) await openOne(id)
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker))
  return () => {
    for (const provider of open) provider.destroy()
    socket.destroy()
  }
}

/** Writes one article's Y state and derived article.json the way the app keeps them. */
function keepOnDisk(root: string, id: string, doc: Y.Doc): void {
  const dir = join(root, id)
  mkdirSync(dir, { recursive: true })
  const write = (name: string, data: Uint8Array | string) => {
    writeFileSync(join(dir, `${name}.tmp`), data)
    renameSync(join(dir, `${name}.tmp`), join(dir, name))
  }
  write('team.ydoc', Y.encodeStateAsUpdate(doc))
  write('article.json', JSON.stringify(readArticleFromYDoc(doc, id, documentSchema())))
}

async function typingLatency(server: TeamServerProcess, token: string): Promise<number[]> {
  const sent = new Map<string, number>()
  const latencies: number[] = []
  const sessions = Array.from({ length: TYPISTS }, () =>
    openArticle(server.url, token, 'bench-typing'),
  )
  await Promise.all(sessions.map((s) => s.synced))
  const first = sessions[0]
  if (!first) return latencies
  first.doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText('Start. ')])
    first.doc.getXmlFragment('body').insert(0, [paragraph])
  })
  await until(() => sessions.every((s) => s.doc.getXmlFragment('body').length === 1), 'setup')
  for (const session of sessions) {
    session.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== session.provider) return
      const now = performance.now()
      for (const struct of Y.decodeUpdate(update).structs) {
        const at = sent.get(`${struct.id.client}:${struct.id.clock}`)
        if (at !== undefined) latencies.push(now - at)
      }
    })
  }
  const end = performance.now() + TYPING_SECONDS * 1000
  await Promise.all(
    sessions.map(async (session, index) => {
      await sleep((index * 1000) / KEYS_PER_SECOND / TYPISTS)
      const text = (session.doc.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText
      while (performance.now() < end) {
        const clock = Y.getState(session.doc.store, session.doc.clientID)
        sent.set(`${session.doc.clientID}:${clock}`, performance.now())
        text.insert(Math.floor(Math.random() * text.length), 'k')
        await sleep(1000 / KEYS_PER_SECOND)
      }
    }),
  )
  await sleep(500)
  for (const session of sessions) session.destroy()
  return latencies
}

/** Time the server spends checking one keystroke's update against the role rules, in ms. */
function roleCheckPerKeystroke(state: Uint8Array): number[] {
  const server = new Y.Doc()
  Y.applyUpdate(server, state)
  const member = new Y.Doc()
  Y.applyUpdate(member, state)
  const updates: Uint8Array[] = []
  member.on('update', (update: Uint8Array) => updates.push(update))
  const body = member.getXmlFragment('body')
  for (let i = 0; i < 200; i++) {
    const paragraph = body.get(Math.floor(Math.random() * body.length))
    const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null
    if (text instanceof Y.XmlText) text.insert(Math.floor(Math.random() * text.length), 'k')
  }
  return updates.map((update) => {
    const start = performance.now()
    checkUpdate(inspectUpdate(server, update), 'reviewer', documentSchema())
    const elapsed = performance.now() - start
    Y.applyUpdate(server, update)
    return elapsed
  })
}

/** The join as the app makes it: its TeamService, with its library folder on disk. */
async function appJoin(server: TeamServerProcess, token: string): Promise<BenchRow[]> {
  const appDir = mkdtempSync(join(tmpdir(), 'copydesk-bench-app-'))
  const app = new TeamService({
    paths: new LibraryPaths(appDir),
    secrets: new MemorySecretStore(),
    schema: documentSchema(),
  })
  try {
    const invite = await inviteAs(server.httpUrl, token, 'writer')
    await app.connect({ address: server.url, invite, name: 'Joiner' })
    const cpuBefore = cpuSeconds(process.pid) + cpuSeconds(server.pid())
    const appStart = performance.now()
    const fetched = await app.syncArticleList([])
    const appMs = performance.now() - appStart
    const cpu = cpuSeconds(process.pid) + cpuSeconds(server.pid()) - cpuBefore
    const got = fetched.filter((id) => id.startsWith('bench-article-')).length
    return [
      {
        name: `fresh client, the app's own join: ${got} team articles on disk`,
        value: appMs / 1000,
        unit: 's',
        target: '< 10 s',
        pass: appMs < 10_000 && got === WORKSPACE_ARTICLES,
      },
      // What the join costs whatever else the machine runs: the time above grows with the load.
      { name: "the app's own join: CPU time of client and server", value: cpu, unit: 's' },
    ]
  } finally {
    await app.close()
    rmSync(appDir, { recursive: true, force: true })
  }
}

/** `npm run bench -- teamJoin`: only the app's own join of a seeded 1,000-article workspace. */
export async function runTeamJoinBench(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'copydesk-bench-team-'))
  await seedTeamWorkspace(dataDir, WORKSPACE_ARTICLES, ARTICLE_WORDS)
  const server = await startTeamServerProcess(await freePort(), { COPYDESK_SERVER_DATA: dataDir })
  try {
    const token = await redeemInvite(server.httpUrl, server.firstInvite ?? '', 'Bench')
    return await appJoin(server, token)
  } finally {
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** `npm run bench -- team`: the team server over loopback, against a seeded workspace. */
export async function runTeamBench(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'copydesk-bench-team-'))
  const clientDir = mkdtempSync(join(tmpdir(), 'copydesk-bench-client-'))
  const longState = teamArticleState('bench-long-article', LONG_WORDS)
  const ids = await seedTeamWorkspace(dataDir, WORKSPACE_ARTICLES, ARTICLE_WORDS, {
    'bench-long-article': longState,
  })
  const server = await startTeamServerProcess(await freePort(), { COPYDESK_SERVER_DATA: dataDir })
  const checks = roleCheckPerKeystroke(longState)
  const rows: BenchRow[] = [
    {
      name: `server role check of one keystroke, ${LONG_WORDS}-word article, p95`,
      value: percentile(checks, 95),
      unit: 'ms',
    },
  ]
  try {
    const token = await redeemInvite(server.httpUrl, server.firstInvite ?? '', 'Bench')

    // First, while the server holds nothing else: RSS grows by what the open articles take.
    await sleep(1000)
    const before = rssMb(server.pid())
    const release = await openAll(
      server,
      token,
      ids.slice(0, OPEN_FOR_MEMORY),
      () => undefined,
      true,
    )
    await sleep(1000)
    const perArticle = ((rssMb(server.pid()) - before) * 1024) / OPEN_FOR_MEMORY
    release()
    rows.push({
      name: `server memory per open ${ARTICLE_WORDS}-word article`,
      value: perArticle,
      unit: 'KB',
    })

    const joinStart = performance.now()
    const list = (await (
      await fetch(`${server.httpUrl}/api/articles`, {
        headers: { Authorization: `Bearer ${token}` },
      })
    ).json()) as { articles: { id: string }[] }
    const workspace = list.articles.map((a) => a.id).filter((id) => id.startsWith('bench-article-'))
    const close = await openAll(server, token, workspace, (id, doc) =>
      keepOnDisk(clientDir, id, doc),
    )
    const joinMs = performance.now() - joinStart
    close()
    rows.push({
      name: `fresh client: all ${workspace.length} team articles (${ARTICLE_WORDS} words) on disk`,
      value: joinMs / 1000,
      unit: 's',
      target: '< 10 s',
      pass: joinMs < 10_000 && workspace.length === WORKSPACE_ARTICLES,
    })

    rows.push(...(await appJoin(server, token)))

    const longStart = performance.now()
    const long = openArticle(server.url, token, 'bench-long-article')
    await long.synced
    const longMs = performance.now() - longStart
    long.destroy()
    rows.push({
      name: `join a ${LONG_WORDS}-word article (synced)`,
      value: longMs,
      unit: 'ms',
      target: '< 1000 ms',
      pass: longMs < 1000,
    })

    const latencies = await typingLatency(server, token)
    const p95 = percentile(latencies, 95)
    rows.push(
      {
        name: `${TYPISTS} clients × ${KEYS_PER_SECOND} keys/s: remote change visible p50`,
        value: percentile(latencies, 50),
        unit: 'ms',
      },
      {
        name: `${TYPISTS} clients × ${KEYS_PER_SECOND} keys/s: remote change visible p95`,
        value: p95,
        unit: 'ms',
        target: '< 100 ms',
        pass: p95 < 100,
      },
      { name: 'remote changes observed', value: latencies.length, unit: 'samples' },
    )
  } finally {
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(clientDir, { recursive: true, force: true })
  }
  return rows
}
