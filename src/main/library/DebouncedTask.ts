/**
 * Runs an async task a while after the last request, never two runs at once, and on demand
 * through {@link flush}. For caches that may lag behind a little but must be current on close.
 */
export class DebouncedTask {
  private timer: ReturnType<typeof setTimeout> | null = null
  private running: Promise<void> | null = null
  private requested = false

  constructor(
    private readonly task: () => Promise<void>,
    private readonly delayMs: number,
  ) {}

  /** Asks for a run `delayMs` from now (or sooner if one is already planned). */
  schedule(): void {
    this.requested = true
    if (this.timer) return
    this.timer = setTimeout(() => void this.flush().catch(() => undefined), this.delayMs)
    // A pending cache write must not keep a process alive on its own.
    this.timer.unref?.()
  }

  /** Runs now if a run was requested, after any run in progress; resolves when done. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    while (this.running) await this.running.catch(() => undefined)
    if (!this.requested) return
    this.requested = false
    this.running = this.task()
    try {
      await this.running
    } catch (error) {
      // Still wanted: the next schedule() or flush() tries again.
      this.requested = true
      throw error
    } finally {
      this.running = null
    }
  }
}
