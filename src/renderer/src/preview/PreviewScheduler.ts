/** How a {@link PreviewScheduler} renders and hands results back. */
export interface PreviewSchedulerOptions<T> {
  /** Renders the current state; called only when a render actually starts. */
  render(): Promise<T>
  /** A fresh result for the latest state (stale ones are dropped before this). */
  onResult(result: T): void
  onError(error: unknown): void
  /** Least time between the starts of two renders while changes keep coming. */
  intervalMs?: number
  /**
   * Runs `start` a little later; the app passes "after the next frame", so a keystroke's own
   * frame is never held up by reading and sending the document. Immediate by default.
   */
  defer?(start: () => void): void
}

/** Typing keeps its frames: at most one render starts in any 150 ms. */
export const PREVIEW_INTERVAL_MS = 150

/**
 * Paces preview renders behind typing. The first change after a quiet spell renders at once,
 * so a single keystroke shows quickly; while changes keep coming, renders start at most every
 * `intervalMs`, never two at a time, and the last change is always rendered. A result is dropped
 * when the state it was rendered from was invalidated (another site, another article) while it
 * was on its way.
 */
export class PreviewScheduler<T> {
  private readonly intervalMs: number
  private timer: ReturnType<typeof setTimeout> | null = null
  private inFlight = false
  private dirty = false
  private lastStart = Number.NEGATIVE_INFINITY
  private generation = 0
  private disposed = false

  constructor(private readonly options: PreviewSchedulerOptions<T>) {
    this.intervalMs = options.intervalMs ?? PREVIEW_INTERVAL_MS
  }

  /** Records that the state changed; a render follows as soon as pacing allows. */
  changed(): void {
    if (this.disposed) return
    this.dirty = true
    this.schedule()
  }

  /**
   * The state was replaced rather than edited: any answer on its way is stale, and the new
   * state renders right away.
   */
  invalidate(): void {
    if (this.disposed) return
    this.generation++
    this.dirty = true
    this.lastStart = Number.NEGATIVE_INFINITY
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    // With a render on its way, its answer is dropped and the new state renders when it lands.
    this.schedule()
  }

  /** True while a render has started and not answered yet. */
  busy(): boolean {
    return this.inFlight
  }

  dispose(): void {
    this.disposed = true
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
  }

  private schedule(): void {
    if (this.inFlight || this.timer !== null || !this.dirty) return
    const wait = this.lastStart + this.intervalMs - performance.now()
    if (wait <= 0) {
      this.start()
      return
    }
    this.timer = setTimeout(() => {
      this.timer = null
      this.schedule()
    }, wait)
  }

  private start(): void {
    this.inFlight = true
    this.lastStart = performance.now()
    if (this.options.defer) this.options.defer(() => this.begin())
    else this.begin()
  }

  private begin(): void {
    if (this.disposed) return
    // The state is read now, so changes made while the start waited are included.
    this.dirty = false
    const generation = this.generation
    let rendering: Promise<T>
    try {
      rendering = this.options.render()
    } catch (error) {
      rendering = Promise.reject(error)
    }
    rendering.then(
      (result) => this.finish(generation, () => this.options.onResult(result)),
      (error: unknown) => this.finish(generation, () => this.options.onError(error)),
    )
  }

  private finish(generation: number, report: () => void): void {
    if (this.disposed) return
    this.inFlight = false
    if (generation === this.generation) report()
    this.schedule()
  }
}
