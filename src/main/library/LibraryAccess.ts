import { t } from '@shared/i18n/i18n'
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
  if (!holder) return t('libraryMain.access.opening')
  const where = holder.host === hostname() ? t('libraryMain.access.thisComputer') : holder.host
  const who = holder.owner ? t('libraryMain.access.ownerOn', { owner: holder.owner, where }) : where
  return t('libraryMain.access.heldElsewhere', { who })
}

/** Why a library on a folder Copydesk cannot write to is open read-only. */
function readOnlyFolder(): string {
  return t('libraryMain.access.readOnlyFolder')
}

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
      if (!CANNOT_WRITE.has(codeOf(error))) throw ioError('openLibrary', error)
      await readable(paths)
      return new LibraryAccess(null, readOnlyFolder())
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
      if (!CANNOT_WRITE.has(codeOf(error))) throw ioError('openLibrary', error)
      await readable(paths)
      return new LibraryAccess(null, readOnlyFolder())
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
    this.reason ??= t('libraryMain.access.closed')
    await lock?.release().catch(() => undefined)
  }
}

async function readable(paths: LibraryPaths): Promise<void> {
  try {
    await readdir(paths.root)
  } catch (error) {
    throw ioError('readLibrary', error)
  }
}
