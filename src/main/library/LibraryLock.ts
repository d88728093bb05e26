import { randomBytes } from 'node:crypto'
import { hostname, userInfo } from 'node:os'
import { mkdir, open, readFile, rmdir, stat, unlink } from 'node:fs/promises'
import { z } from 'zod'
import { writeFileAtomic } from './atomicWrite'
import { isProcessAlive } from './isProcessAlive'

/** How often the holder rewrites its heartbeat. */
export const LOCK_HEARTBEAT_MS = 5_000

/**
 * A lock whose heartbeat is older than this is stale: its holder stopped (a crash, a machine
 * that went to sleep with the library on a shared drive). Six missed heartbeats.
 */
export const LOCK_STALE_MS = 30_000

const LockInfoSchema = z.object({
  owner: z.string(),
  host: z.string(),
  pid: z.number().int(),
  session: z.string(),
  openedAt: z.string(),
  heartbeatAt: z.string(),
})

/** Who holds a library: shown to the person whose Copydesk opened it second. */
export type LockInfo = z.infer<typeof LockInfoSchema>

/** What {@link LibraryLock.acquire} found. */
export type LockResult =
  { held: true; lock: LibraryLock } | { held: false; holder: LockInfo | null }

export interface LibraryLockOptions {
  now?: () => number
  /** Called once when another instance took the lock over (this one was paused too long). */
  onLost?: (holder: LockInfo | null) => void
  heartbeatMs?: number
  staleMs?: number
}

function ownerName(): string {
  try {
    return userInfo().username
  } catch {
    return ''
  }
}

/**
 * One writer per library: `library.lock` names the Copydesk that writes to the library (owner,
 * host, pid, heartbeat). A second instance finds it and opens the library read-only. A lock
 * whose holder is gone (dead pid on this host, or no heartbeat for {@link LOCK_STALE_MS}) is
 * taken over; a `library.lock.recover` folder makes the takeover one instance's job at a time.
 */
export class LibraryLock {
  private timer: ReturnType<typeof setInterval> | null = null
  private lost = false

  private constructor(
    private readonly path: string,
    private info: LockInfo,
    private readonly options: LibraryLockOptions,
  ) {}

  /** Takes the lock of the library whose lock file is `path`, or tells who holds it. */
  static async acquire(path: string, options: LibraryLockOptions = {}): Promise<LockResult> {
    const now = options.now ?? Date.now
    const staleMs = options.staleMs ?? LOCK_STALE_MS
    const at = new Date(now()).toISOString()
    const info: LockInfo = {
      owner: ownerName(),
      host: hostname(),
      pid: process.pid,
      session: randomBytes(8).toString('hex'),
      openedAt: at,
      heartbeatAt: at,
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await createExclusive(path, info)) {
        const lock = new LibraryLock(path, info, options)
        lock.startHeartbeat()
        return { held: true, lock }
      }
      const holder = await readLock(path)
      if (holder && !isStale(holder, now(), staleMs)) return { held: false, holder }
      if (!holder && !(await olderThan(path, now(), staleMs))) {
        // Unreadable and fresh: another instance is writing it right now.
        return { held: false, holder: null }
      }
      await takeOverStale(path, holder, now(), staleMs)
    }
    return { held: false, holder: await readLock(path) }
  }

  /** True until another instance took the lock over. */
  get isHeld(): boolean {
    return !this.lost
  }

  /** Rewrites the heartbeat now; notices when the lock is no longer ours. */
  async beat(): Promise<void> {
    if (this.lost) return
    const current = await readLock(this.path)
    if (!current || current.session !== this.info.session) {
      this.lost = true
      this.stopHeartbeat()
      this.options.onLost?.(current)
      return
    }
    const now = this.options.now ?? Date.now
    this.info = { ...this.info, heartbeatAt: new Date(now()).toISOString() }
    await writeFileAtomic(this.path, `${JSON.stringify(this.info)}\n`)
  }

  /** Gives the lock up (only if it is still ours). */
  async release(): Promise<void> {
    this.stopHeartbeat()
    if (this.lost) return
    const current = await readLock(this.path)
    if (current?.session === this.info.session) await unlink(this.path).catch(() => undefined)
    this.lost = true
  }

  private startHeartbeat(): void {
    this.timer = setInterval(() => {
      void this.beat().catch(() => undefined)
    }, this.options.heartbeatMs ?? LOCK_HEARTBEAT_MS)
    this.timer.unref()
  }

  private stopHeartbeat(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }
}

async function createExclusive(path: string, info: LockInfo): Promise<boolean> {
  let handle
  try {
    handle = await open(path, 'wx', 0o644)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    await handle.writeFile(`${JSON.stringify(info)}\n`)
    await handle.sync()
  } finally {
    await handle.close()
  }
  return true
}

async function readLock(path: string): Promise<LockInfo | null> {
  try {
    const parsed = LockInfoSchema.safeParse(JSON.parse(await readFile(path, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

async function olderThan(path: string, now: number, ms: number): Promise<boolean> {
  try {
    return now - (await stat(path)).mtimeMs > ms
  } catch {
    // Gone meanwhile: the next attempt creates it.
    return true
  }
}

function isStale(holder: LockInfo, now: number, staleMs: number): boolean {
  if (holder.host === hostname() && holder.pid !== process.pid && !isProcessAlive(holder.pid))
    return true
  return now - Date.parse(holder.heartbeatAt) > staleMs
}

/**
 * Removes a stale lock, guarded by a recover folder so two instances cannot each remove the
 * other's fresh lock. The lock is read again under the guard: removed only if it is still the
 * stale one.
 */
async function takeOverStale(
  path: string,
  seen: LockInfo | null,
  now: number,
  staleMs: number,
): Promise<void> {
  const guard = `${path}.recover`
  try {
    await mkdir(guard)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    // A recoverer that died leaves its guard; after the stale time it is removed.
    if (await olderThan(guard, now, staleMs)) await rmdir(guard).catch(() => undefined)
    return
  }
  try {
    const again = await readLock(path)
    const same = seen === null ? again === null : again?.session === seen.session
    if (same) await unlink(path).catch(() => undefined)
  } finally {
    await rmdir(guard).catch(() => undefined)
  }
}
