import { readFileSync } from 'node:fs'
import { z } from 'zod'

/** How a team server runs. Every field has a default; see docs/server.md. */
export const ServerConfigSchema = z.object({
  /** Address to listen on; put a TLS reverse proxy in front for anything beyond one machine. */
  host: z.string().default('127.0.0.1'),
  /** Port to listen on (0 picks a free one). */
  port: z.number().int().min(0).max(65535).default(8787),
  /** Folder for the SQLite store (documents, members, invites). */
  dataDir: z.string().default('copydesk-data'),
  /** The team's name, shown in the app when connecting. */
  name: z.string().max(200).default('Copydesk team'),
  /** Where documents and members live: a SQLite file in dataDir, or PostgreSQL. */
  store: z.enum(['sqlite', 'postgres']).default('sqlite'),
  /** postgres://user:password@host:port/database, when store is postgres. */
  postgresUrl: z.string().nullable().default(null),
  /** redis://host:port, to keep several instances behind a load balancer in sync. */
  redisUrl: z.string().nullable().default(null),
  /** Largest single change accepted from a client, in bytes. */
  maxUpdateBytes: z
    .number()
    .int()
    .positive()
    .default(8 * 1024 * 1024),
  /** How often open connections are checked for revoked tokens (all instances), in seconds. */
  revocationCheckSeconds: z.number().positive().default(5),
  /** How long after the last change a document is written to the store, in ms. */
  storeDelayMs: z.number().int().nonnegative().default(500),
})
export type ServerConfig = z.infer<typeof ServerConfigSchema>

/** Environment variables, each naming one config field. */
const ENV: Record<string, keyof ServerConfig> = {
  COPYDESK_SERVER_HOST: 'host',
  COPYDESK_SERVER_PORT: 'port',
  COPYDESK_SERVER_DATA: 'dataDir',
  COPYDESK_SERVER_NAME: 'name',
  COPYDESK_SERVER_STORE: 'store',
  COPYDESK_SERVER_POSTGRES_URL: 'postgresUrl',
  COPYDESK_SERVER_REDIS_URL: 'redisUrl',
  COPYDESK_SERVER_MAX_UPDATE_BYTES: 'maxUpdateBytes',
  COPYDESK_SERVER_REVOCATION_CHECK_SECONDS: 'revocationCheckSeconds',
  COPYDESK_SERVER_STORE_DELAY_MS: 'storeDelayMs',
}

const NUMERIC = new Set<keyof ServerConfig>([
  'port',
  'maxUpdateBytes',
  'revocationCheckSeconds',
  'storeDelayMs',
])

/**
 * The server's configuration: a JSON file named by COPYDESK_SERVER_CONFIG (optional), then
 * COPYDESK_SERVER_* environment variables over it. Throws an Error with a readable list of
 * what is wrong.
 */
export function loadServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const raw: Record<string, unknown> = {}
  const file = env.COPYDESK_SERVER_CONFIG
  if (file) {
    try {
      Object.assign(raw, JSON.parse(readFileSync(file, 'utf8')))
    } catch (cause) {
      throw new Error(`Cannot read the config file ${file}: ${(cause as Error).message}`)
    }
  }
  for (const [name, field] of Object.entries(ENV)) {
    const value = env[name]
    if (value !== undefined && value !== '') raw[field] = NUMERIC.has(field) ? Number(value) : value
  }
  const parsed = ServerConfigSchema.safeParse(raw)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`The server configuration is not valid:\n  ${problems.join('\n  ')}`)
  }
  if (parsed.data.store === 'postgres' && !parsed.data.postgresUrl) {
    throw new Error('store is "postgres" but no postgresUrl (COPYDESK_SERVER_POSTGRES_URL) is set.')
  }
  return parsed.data
}
