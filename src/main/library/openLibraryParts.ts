import { mkdir } from 'node:fs/promises'
import { ArticleRepository } from './ArticleRepository'
import { ioError } from './ioError'
import { LibraryAccess } from './LibraryAccess'
import { LibraryCatalog } from './LibraryCatalog'
import type { LibraryParts } from './LibraryContext'
import type { LibraryLockOptions } from './LibraryLock'
import { LibraryPaths } from './LibraryPaths'
import { Quarantine } from './Quarantine'
import { RevisionStore } from './RevisionStore'
import { SessionMarker } from './SessionMarker'
import { sweepTempFiles } from './sweepTempFiles'

export interface LibraryServiceOptions {
  /** The library folder; created when missing. */
  root: string
  now?: () => Date
  /** Least time between two automatic revisions of one article (default 5 minutes). */
  revisionIntervalMs?: number
  /** Most revisions kept per article; the oldest automatic ones go first (default 200). */
  maxRevisions?: number
  /** How long index.json may lag behind a change (default 1 s); close() writes it at once. */
  indexWriteDelayMs?: number
  /** Overrides how many articles a rebuild reads before open returns (tests). */
  foregroundReads?: number
  /** Overrides how many rows of index.json are read before open returns (tests). */
  firstIndexRows?: number
  /** Overrides the waits before an unparsable article file is read again (tests). */
  corruptRetryDelaysMs?: readonly number[]
  /** Overrides the library lock's timing (tests). */
  lock?: Pick<LibraryLockOptions, 'heartbeatMs' | 'staleMs'>
}

/**
 * The open sequence of a library: claims it (or settles for reading), sweeps what an
 * interrupted session left, and loads the catalog (giving hand-copied folders their own ids),
 * moving unusable article files to quarantine. On failure nothing stays claimed.
 */
export async function openLibraryParts(opts: LibraryServiceOptions): Promise<LibraryParts> {
  const paths = new LibraryPaths(opts.root)
  const now = opts.now ?? (() => new Date())
  const access = await LibraryAccess.claim(paths, opts.lock)
  const writable = access.readOnly === null
  if (writable) {
    try {
      for (const dir of [paths.articlesDir, paths.trashDir, paths.quarantineDir]) {
        await mkdir(dir, { recursive: true })
      }
      await sweepTempFiles(paths.root)
      await sweepTempFiles(paths.quarantineDir)
    } catch (error) {
      await access.release()
      throw ioError('openLibrary', error)
    }
  }
  const canWrite = (): boolean => access.readOnly === null
  const repository = new ArticleRepository(paths, canWrite, opts.corruptRetryDelaysMs)
  const quarantine = await Quarantine.open(paths, canWrite)
  const session = writable ? await SessionMarker.begin(paths.sessionFile) : null
  const catalog = await LibraryCatalog.open({
    paths,
    repository,
    trustIndex: session?.previousClosedCleanly ?? false,
    indexWriteDelayMs: opts.indexWriteDelayMs ?? 1000,
    foregroundReads: opts.foregroundReads,
    firstIndexRows: opts.firstIndexRows,
    canWrite,
    onCorrupt: async (id, error) => {
      await quarantine.add(id, error.message, now())
    },
    onUnreadable: async (id, error) => {
      await quarantine.report(id, ioError('readArticle', error).message, now())
    },
  })
  const marker = session?.marker ?? null
  try {
    await marker?.written
  } catch (error) {
    await catalog.close()
    await access.release()
    throw ioError('openLibrary', error)
  }
  return {
    paths,
    now,
    repository,
    quarantine,
    catalog,
    marker,
    access,
    revisions: new RevisionStore(paths, opts.maxRevisions ?? 200),
    revisionIntervalMs: opts.revisionIntervalMs ?? 5 * 60_000,
  }
}
