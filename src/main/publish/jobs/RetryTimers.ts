import type { Clock } from '../Clock'

/** One timer per waiting job: when it fires, the job is tried again. */
export class RetryTimers {
  private readonly handles = new Map<string, unknown>()

  constructor(private readonly clock: Clock) {}

  /** Runs `fire` at `at` (ISO; now when null or past), replacing the job's earlier timer. */
  set(jobId: string, at: string | null, fire: () => void): void {
    this.clear(jobId)
    const delay = Math.max(0, (at ? Date.parse(at) : 0) - this.clock.now().getTime())
    const handle = this.clock.setTimeout(() => {
      this.handles.delete(jobId)
      fire()
    }, delay)
    this.handles.set(jobId, handle)
  }

  clear(jobId: string): void {
    const handle = this.handles.get(jobId)
    if (handle === undefined) return
    this.clock.clearTimeout(handle)
    this.handles.delete(jobId)
  }

  clearAll(): void {
    for (const handle of this.handles.values()) this.clock.clearTimeout(handle)
    this.handles.clear()
  }
}
