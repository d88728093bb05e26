import { channelName } from '@shared/ipc/contract'

/**
 * Calls that wait in main on purpose, for something to happen elsewhere: one is nearly always
 * running while a team article is open, and says nothing about a save still landing.
 */
const LONG_POLLS: ReadonlySet<string> = new Set([channelName('team', 'pull')])

/** Tracks calls in flight, so closing the window can wait for a last save to land. */
export class IpcActivity {
  private running = 0
  private lastActivity = 0

  constructor(private readonly now: () => number = Date.now) {}

  /** Runs one call of `channel`, counted unless it is a long poll. */
  async track<T>(channel: string, call: () => Promise<T>): Promise<T> {
    if (LONG_POLLS.has(channel)) return call()
    this.running++
    try {
      return await call()
    } finally {
      this.running--
      this.lastActivity = this.now()
    }
  }

  /** Resolves once no call has been running for `quietMs` (or after `timeoutMs`). */
  async settled(quietMs: number, timeoutMs: number): Promise<void> {
    const deadline = this.now() + timeoutMs
    while (
      this.now() < deadline &&
      (this.running > 0 || this.now() - this.lastActivity < quietMs)
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}
