import { hostname } from 'node:os'
import { mkdir, readdir } from 'node:fs/promises'
import { AppError } from '../errors/AppError'
import { ioError } from './ioError'
import { LibraryLock, type LibraryLockOptions, type LockInfo } from './LibraryLock'
import type { LibraryPaths } from './LibraryPaths'

/** Errors that mean "this folder can be read but not written". */
const CANNOT_WRITE = new Set(['EROFS', 'EACCES', 'EPERM'])

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? ''
}

/** The sentence shown while another Copydesk holds the library. */
export function describeHolder(holder: LockInfo | null): string {
  if (!holder) {
    return 'Another Copydesk is opening this library right now, so it is open here read-only. Choose Try again in a moment.'
  }
  const who = holder.owner ? `${holder.owner} on ` : ''
  const where = holder.host === hostname() ? 'this computer' : holder.host
  return `Another Copydesk (${who}${where}) has this library open, so it is open here read-only and nothing you change here can be saved. Close it there, then choose Try again.`
}

const READ_ONLY_FOLDER =
  'Copydesk cannot write in this library folder (a read-only disk, or no permission), so it is open read-only and nothing can be saved here.'

/**
 * Whether this Copydesk may write to a library: it holds the library lock, or the library is
 * open read-only and {@link readOnly} says why. Every write checks it first.
 */
export class LibraryAccess {
  private constructor(
    private lock: LibraryLock | null,
    private reason: string | null,
  ) {}

  /** Takes the library lock, or settles for reading when another instance holds it. */
  static async claim(
    paths: LibraryPaths,
    lockOptions: LibraryLockOptions = {},
  ): Promise<LibraryAccess> {
    try {
      await mkdir(paths.root, { recursive: true })
    } catch (error) {
      if (!CANNOT_WRITE.has(codeOf(error))) throw ioError('open the library folder', error)
      await readable(paths)
      return new LibraryAccess(null, READ_ONLY_FOLDER)
    }
    let access: LibraryAccess | null = null
    let result
    try {
      result = await LibraryLock.acquire(paths.lockFile, {
        ...lockOptions,
        onLost: (holder) => {
          if (access) access.reason = describeHolder(holder)
        },
      })
    } catch (error) {
      if (!CANNOT_WRITE.has(codeOf(error))) throw ioError('open the library folder', error)
      await readable(paths)
      return new LibraryAccess(null, READ_ONLY_FOLDER)
    }
    if (!result.held) {
      await readable(paths)
      return new LibraryAccess(null, describeHolder(result.holder))
    }
    access = new LibraryAccess(result.lock, null)
    return access
  }

  /** Why writes are refused, or null while this instance holds the lock. */
  get readOnly(): string | null {
    return this.reason
  }

  /** Throws the read-only reason as a refusal when this instance may not write. */
  check(): void {
    if (this.reason !== null) throw new AppError('refused', this.reason)
  }

  /** Gives the lock back; the library is read-only from then on. */
  async release(): Promise<void> {
    const lock = this.lock
    this.lock = null
    this.reason ??= 'This library was closed.'
    await lock?.release().catch(() => undefined)
  }
}

async function readable(paths: LibraryPaths): Promise<void> {
  try {
    await readdir(paths.root)
  } catch (error) {
    throw ioError('read the library folder', error)
  }
}
