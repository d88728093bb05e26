import type { Clock } from '../Clock'
import { Outbox } from './Outbox'

/** What happens when another library's outbox becomes the current one. */
export interface OutboxSwitchHooks {
  /** Before the switch: the jobs of the library left behind wait there until it is reopened. */
  leaving(): void
  /** After opening: resume the jobs that were waiting. */
  opened(outbox: Outbox): void
}

/**
 * The outbox of the library open now. It follows the person switching libraries: the first
 * use after a switch opens that library's outbox and resumes its waiting jobs.
 */
export class LibraryOutbox {
  private outbox: Outbox | null = null
  private opening: Promise<Outbox> | null = null

  constructor(
    private readonly libraryPath: () => string,
    private readonly clock: Clock,
    private readonly hooks: OutboxSwitchHooks,
  ) {}

  /** The outbox opened last, without opening another (null before the first use). */
  get opened(): Outbox | null {
    return this.outbox
  }

  /** The open library's outbox, opened (and its waiting jobs resumed) on first use. */
  async current(): Promise<Outbox> {
    const location = Outbox.locationIn(this.libraryPath())
    if (this.outbox?.location === location) return this.outbox
    if (this.opening) {
      const opened = await this.opening
      if (opened.location === location) return opened
    }
    this.opening = this.open(location)
    try {
      return await this.opening
    } finally {
      this.opening = null
    }
  }

  private async open(location: string): Promise<Outbox> {
    this.hooks.leaving()
    const outbox = await Outbox.open(location, this.clock.now())
    this.outbox = outbox
    const now = this.clock.now().toISOString()
    for (const entry of outbox.all()) {
      if (entry.state !== 'running') continue
      // The app stopped mid-attempt: try again now; `pending` keeps a retry from duplicating.
      entry.state = 'waiting'
      entry.nextAttemptAt = now
      await outbox.save(entry).catch(() => undefined)
    }
    this.hooks.opened(outbox)
    return outbox
  }
}
