import { spawnSync } from 'node:child_process'
import { chownSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureDebianPackages } from './ensureDebianPackages'
import { freePort } from './wordpress'

const BIN = '/usr/lib/postgresql/15/bin'

/** A throwaway PostgreSQL 15 cluster on 127.0.0.1. */
export interface PostgresPeer {
  url: string
  stop(): Promise<void>
}

/** Runs a cluster tool, as the `postgres` user when we are root (initdb refuses root). */
function run(tool: string, args: string[]): string {
  const asRoot = process.getuid?.() === 0
  const [command, full] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', join(BIN, tool), ...args]]
    : [join(BIN, tool), args]
  const result = spawnSync(command, full, { encoding: 'utf8' })
  if (result.status !== 0) {
    throw new Error(`${tool} failed: ${result.stderr || result.stdout}`)
  }
  return result.stdout
}

/** Creates and starts a cluster in a temp folder (installing PostgreSQL when missing). */
export async function startPostgres(): Promise<PostgresPeer> {
  ensureDebianPackages({ postgresql: join(BIN, 'initdb') })
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-pg-'))
  if (process.getuid?.() === 0) {
    const { uid, gid } = { uid: Number(spawnSync('id', ['-u', 'postgres']).stdout), gid: 0 }
    chownSync(dir, uid, gid)
  }
  const data = join(dir, 'data')
  const port = await freePort()
  run('initdb', ['-D', data, '-U', 'copydesk', '--auth=trust', '-E', 'UTF8'])
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start'])
  run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'copydesk', 'copydesk'])
  return {
    url: `postgres://copydesk@127.0.0.1:${port}/copydesk`,
    stop: async () => {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
