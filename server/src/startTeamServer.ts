import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { Redis } from '@hocuspocus/extension-redis'
import { SQLite } from '@hocuspocus/extension-sqlite'
import { Server, type Extension } from '@hocuspocus/server'
import pg from 'pg'
import { documentSchema } from './documentSchema'
import { PostgresTeamDirectory } from './PostgresTeamDirectory'
import { postgresDocumentStore, preparePostgresDocuments } from './postgresDocumentStore'
import type { ServerConfig } from './ServerConfig'
import { SqliteTeamDirectory } from './SqliteTeamDirectory'
import type { TeamDirectory } from './TeamDirectory'
import { TeamGuard } from './TeamGuard'
import { TeamHttpApi } from './TeamHttpApi'
import { TeamMembers } from './TeamMembers'

/** A running team server. */
export interface TeamServer {
  /** ws://host:port, what the app connects to. */
  url: string
  port: number
  members: TeamMembers
  /** An admin invite, made when the team has no member yet. */
  firstInvite: string | null
  close(): Promise<void>
}

async function openStores(config: ServerConfig) {
  if (config.store === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.postgresUrl ?? undefined, max: 10 })
    await preparePostgresDocuments(pool)
    const directory: TeamDirectory = await PostgresTeamDirectory.open(pool)
    return { directory, documents: postgresDocumentStore(pool) as Extension }
  }
  mkdirSync(config.dataDir, { recursive: true })
  const file = join(config.dataDir, 'copydesk.sqlite')
  const directory: TeamDirectory = new SqliteTeamDirectory(file)
  return { directory, documents: new SQLite({ database: file }) as Extension }
}

function redisExtension(url: string): Extension {
  const { hostname, port } = new URL(url)
  return new Redis({ host: hostname, port: Number(port || 6379) })
}

/**
 * Starts the team server: Hocuspocus with the store, roles and HTTP API configured from
 * `config`. Listens until `close()`.
 */
export async function startTeamServer(config: ServerConfig): Promise<TeamServer> {
  const { directory, documents } = await openStores(config)
  const members = new TeamMembers(directory)
  const schema = documentSchema()
  const guard = new TeamGuard({
    members,
    directory,
    schema,
    maxUpdateBytes: config.maxUpdateBytes,
    revocationCheckMs: config.revocationCheckSeconds * 1000,
  })
  const api = new TeamHttpApi(members, directory, guard, config.name, schema)
  const extensions: Extension[] = [guard, documents, api]
  if (config.redisUrl) extensions.push(redisExtension(config.redisUrl))
  const server = new Server({
    name: config.name,
    port: config.port,
    address: config.host,
    quiet: true,
    stopOnSignals: false,
    debounce: config.storeDelayMs,
    maxDebounce: Math.max(config.storeDelayMs * 4, 2000),
    extensions,
    websocketOptions: { maxPayload: config.maxUpdateBytes + 1024 },
  })
  await server.listen()
  const port = server.address.port
  const firstInvite =
    (await members.members()).length === 0 ? (await members.invite('admin', 'server')).code : null
  return {
    url: `ws://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    port,
    members,
    firstInvite,
    close: async () => {
      await server.destroy()
      await directory.close()
    },
  }
}
