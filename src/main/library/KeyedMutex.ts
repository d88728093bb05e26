/**
 * Runs async tasks one at a time per key (per article), in call order, while tasks for other
 * keys run freely. A failing task does not block the ones queued after it.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>()

  /** Runs `task` once every earlier task for `key` has settled. */
  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve()
    let release = (): void => undefined
    const done = new Promise<void>((resolve) => {
      release = resolve
    })
    const tail = previous.then(() => done)
    this.tails.set(key, tail)
    await previous
    try {
      return await task()
    } finally {
      release()
      if (this.tails.get(key) === tail) this.tails.delete(key)
    }
  }

  /** Resolves once every task queued so far, for every key, has settled. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()])
  }
}
