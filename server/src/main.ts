import { loadServerConfig } from './ServerConfig'
import { startTeamServer } from './startTeamServer'

/** `npm run server`: starts copydesk-server from COPYDESK_SERVER_* settings (docs/server.md). */
async function main(): Promise<void> {
  const config = loadServerConfig()
  const server = await startTeamServer(config)
  const lines = [
    `copydesk-server "${config.name}" listening on ${server.url}`,
    `store: ${config.store === 'sqlite' ? `SQLite in ${config.dataDir}` : 'PostgreSQL'}`,
  ]
  if (server.firstInvite) lines.push(`first admin invite (one use): ${server.firstInvite}`)
  // One write, so whoever watches for the address also has the invite.
  console.log(lines.join('\n'))
  const stop = (): void => {
    void server.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
