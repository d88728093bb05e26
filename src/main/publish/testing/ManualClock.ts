import type { Clock } from '../Clock'

interface Timer {
  id: number
  at: number
  run: () => void
}

/** A clock that moves only when a test says so; due timers run on `advance`. */
export class ManualClock implements Clock {
  private timers: Timer[] = []
  private nextId = 1

  constructor(private time: number) {}

  now(): Date {
    return new Date(this.time)
  }

  setTimeout(run: () => void, ms: number): unknown {
    const timer = { id: this.nextId++, at: this.time + ms, run }
    this.timers.push(timer)
    return timer.id
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle)
  }

  /** Pending timers, as offsets from now in ms. */
  pending(): number[] {
    return this.timers.map((t) => t.at - this.time).sort((a, b) => a - b)
  }

  /** Moves time forward and runs every timer that fell due, in order. */
  advance(ms: number): void {
    this.time += ms
    for (;;) {
      const due = this.timers.filter((t) => t.at <= this.time).sort((a, b) => a.at - b.at)[0]
      if (!due) return
      this.timers = this.timers.filter((t) => t !== due)
      due.run()
    }
  }
}
