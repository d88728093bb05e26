/**
 * At most `size` writes at once. Each write ends in an fsync that holds one of libuv's four
 * threads; a thousand jobs retrying at the same moment must leave threads for an article save.
 */
export class WriteSlots {
  private active = 0
  private readonly waiting: (() => void)[] = []

  constructor(private readonly size: number) {}

  /** Runs `work` once a slot is free. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) {
      await new Promise<void>((resolve) => this.waiting.push(resolve))
    } else {
      this.active++
    }
    try {
      return await work()
    } finally {
      const next = this.waiting.shift()
      // The slot passes straight to the next write; `active` stays counted for it.
      if (next) next()
      else this.active--
    }
  }
}
