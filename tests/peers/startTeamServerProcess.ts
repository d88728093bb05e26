import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')
const START_MS = 30_000

/** A copydesk-server process (`server/src/main.ts`) on 127.0.0.1, restartable on its port. */
export interface TeamServerProcess {
  url: string
  httpUrl: string
  /** The admin invite the first start printed. */
  firstInvite: string | null
  /** The running process's id (for memory readings). */
  pid(): number | undefined
  /** Everything the process printed so far (all starts). */
  output(): string
  /** Sends a signal and waits for the process to end. */
  kill(signal?: NodeJS.Signals): Promise<void>
  /** Starts the process again with the same settings. */
  restart(): Promise<void>
  stop(): Promise<void>
}

/**
 * Starts copydesk-server as `npm run server` would, with `env` (COPYDESK_SERVER_*) on `port`,
 * and waits until it prints its address.
 */
export async function startTeamServerProcess(
  port: number,
  env: Record<string, string>,
): Promise<TeamServerProcess> {
  let log = ''
  let child: ChildProcess | null = null
  let firstInvite: string | null = null

  const start = () =>
    new Promise<void>((ready, fail) => {
      const proc = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
        cwd: ROOT,
        env: {
          ...process.env,
          ...env,
          TSX_TSCONFIG_PATH: 'server/tsconfig.json',
          COPYDESK_SERVER_HOST: '127.0.0.1',
          COPYDESK_SERVER_PORT: String(port),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      child = proc
      const timer = setTimeout(
        () => fail(new Error(`copydesk-server did not start:\n${log}`)),
        START_MS,
      )
      const onData = (chunk: Buffer) => {
        log += chunk.toString()
        firstInvite ??= /first admin invite \(one use\): (\S+)/.exec(log)?.[1] ?? null
        if (log.includes('listening on ws://')) {
          clearTimeout(timer)
          ready()
        }
      }
      proc.stdout.on('data', onData)
      proc.stderr.on('data', onData)
      proc.once('exit', (code) => {
        clearTimeout(timer)
        fail(new Error(`copydesk-server exited (${code}):\n${log}`))
      })
    })

  const kill = async (signal: NodeJS.Signals = 'SIGTERM') => {
    const proc = child
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return
    const exited = new Promise((done) => proc.once('exit', done))
    proc.kill(signal)
    await exited
  }

  await start()
  return {
    url: `ws://127.0.0.1:${port}`,
    httpUrl: `http://127.0.0.1:${port}`,
    get firstInvite() {
      return firstInvite
    },
    pid: () => (child as ChildProcess | null)?.pid,
    output: () => log,
    kill,
    restart: async () => {
      log += '\n--- restart ---\n'
      await start()
    },
    stop: () => kill('SIGTERM'),
  }
}
