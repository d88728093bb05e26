import { importConflictCopies } from './importConflictCopies'
import type { LibraryContext } from './LibraryContext'

/** Most notices kept for the library banner; older ones give way to newer. */
const MAX_NOTICES = 20

/**
 * Takes in the conflicted copies a sync tool left beside any article, not only the open one
 * (whose editor checks its own folder every few seconds): every article once after open, and
 * each article folder the disk follower sees change. Each copy becomes a revision marked
 * “Other version”, and a notice for the library banner says where it went.
 */
export class ConflictCopySweep {
  private readonly found: string[] = []
  private stopped = false
  private running: Promise<void> = Promise.resolve()

  constructor(private readonly ctx: LibraryContext) {}

  /** What was taken in since open, oldest first. */
  get notices(): readonly string[] {
    return this.found
  }

  /** Sweeps every article in the background, once the list is complete. */
  start(): void {
    this.running = (async () => {
      await this.ctx.catalog.whenListed()
      for (const id of await this.ctx.repository.listIds()) {
        if (this.stopped) return
        await this.sweep(id)
      }
    })().catch(() => undefined)
  }

  /** Resolves once the sweep after open is done. */
  whenDone(): Promise<void> {
    return this.running
  }

  /** Takes in the conflicted copies beside one article. */
  async sweep(id: string): Promise<void> {
    const { access, mutex, paths, revisions } = this.ctx
    if (access.readOnly !== null || this.stopped) return
    const notices = await mutex.run(id, () =>
      importConflictCopies(paths, id, revisions, this.ctx.now()),
    )
    this.found.push(...notices)
    this.found.splice(0, Math.max(0, this.found.length - MAX_NOTICES))
  }

  async close(): Promise<void> {
    this.stopped = true
    await this.running
  }
}
