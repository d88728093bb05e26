/** Time and timers, passed in so tests can move time themselves. */
export interface Clock {
  now(): Date
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const systemClock: Clock = {
  now: () => new Date(),
  setTimeout: (run, ms) => {
    const handle = setTimeout(run, ms)
    // A waiting retry must not keep a test process or a quitting app alive.
    handle.unref?.()
    return handle
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}
