import { stat, unlink } from 'node:fs/promises'
import { writeFileAtomic } from './atomicWrite'

/**
 * A small file that exists while a library is open and is removed once index.json has been
 * written on close. Finding it at open means the last session ended without closing (a crash,
 * a kill, a power cut), so index.json may lag behind the articles and is checked file by file
 * before the library is shown.
 */
export class SessionMarker {
  private constructor(
    private readonly path: string,
    /** Settles once the marker is on disk; writing it overlaps with loading the index. */
    readonly written: Promise<void>,
  ) {}

  /**
   * Starts marking the library as open and tells whether the previous session closed
   * cleanly. Await {@link written} before acknowledging any change.
   */
  static async begin(
    path: string,
  ): Promise<{ marker: SessionMarker; previousClosedCleanly: boolean }> {
    const previousClosedCleanly = await stat(path).then(
      () => false,
      () => true,
    )
    const info = { pid: process.pid, openedAt: new Date().toISOString() }
    const written = writeFileAtomic(path, `${JSON.stringify(info)}\n`)
    // Observed here so a failure surfaces where it is awaited, not as an unhandled rejection.
    written.catch(() => undefined)
    return { marker: new SessionMarker(path, written), previousClosedCleanly }
  }

  /** Marks the library as closed cleanly: call only once index.json is current on disk. */
  async end(): Promise<void> {
    await unlink(this.path).catch(() => undefined)
  }
}
