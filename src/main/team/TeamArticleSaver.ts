import type * as Y from 'yjs'
import type { TeamArticleFiles } from './TeamArticleFiles'

/** How long after a change its article is written to disk. */
const SAVE_DELAY_MS = 200
/** How long after a failed save (a full or read-only disk) the next try starts. */
const RETRY_MS = 2000

/**
 * Keeps one team article's Y.Doc written to disk: a short while after each change, at once on
 * flush, and after a failure again and again until a save goes through. Until then the
 * changes live only in the Y.Doc, so whoever holds it keeps it while {@link unsaved} says so.
 */
export class TeamArticleSaver {
  private timer: NodeJS.Timeout | null = null
  /** A change no save that went through has covered yet. */
  private pending = false
  private saving = 0
  /** The latest save, settled once it and its bookkeeping are done. */
  private latest: Promise<void> = Promise.resolve()
  private failure: unknown = null
  private stopped = false

  constructor(
    private readonly files: TeamArticleFiles,
    private readonly id: string,
    private readonly doc: Y.Doc,
    /** Called after each save that left nothing unsaved. */
    private readonly onSaved: () => void = () => undefined,
  ) {
    doc.on('update', this.onUpdate)
  }

  private readonly onUpdate = (): void => {
    this.pending = true
    this.schedule(SAVE_DELAY_MS)
  }

  /** True while some change is not on disk yet (waiting, being written, or its save failed). */
  unsaved(): boolean {
    return this.pending || this.saving > 0
  }

  /** Why the changes are not on disk, while the last save failed; null otherwise. */
  problem(): unknown {
    return this.pending ? this.failure : null
  }

  /** Writes what waits now; resolves once it is on disk, rejects with why it is not. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer)
      this.save()
    }
    // Saves of one article run in order, so the latest one is the last to settle.
    for (let latest = this.latest; ; latest = this.latest) {
      await latest
      if (latest === this.latest) break
    }
    const problem = this.problem()
    if (problem !== null) throw problem
  }

  /** Stops saving (the Y.Doc is being dropped). */
  stop(): void {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.doc.off('update', this.onUpdate)
  }

  private schedule(delayMs: number): void {
    if (!this.stopped) this.timer ??= setTimeout(() => this.save(), delayMs)
  }

  private save(): void {
    this.timer = null
    if (this.stopped) return
    this.pending = false
    this.saving += 1
    this.latest = this.files.save(this.id, this.doc).then(
      () => {
        this.saving -= 1
        this.failure = null
        if (!this.unsaved()) this.onSaved()
      },
      (error: unknown) => {
        this.saving -= 1
        this.failure = error
        this.pending = true
        this.schedule(RETRY_MS)
      },
    )
  }
}
