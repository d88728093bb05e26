/**
 * One value that components can subscribe to without the owner re-rendering: fast-changing
 * things (word count, save state) update only the small components that show them.
 */
export class ValueStore<T> {
  private value: T
  private readonly listeners = new Set<() => void>()

  constructor(initial: T) {
    this.value = initial
  }

  /** Current value; stable between sets, as useSyncExternalStore requires. */
  readonly get = (): T => this.value

  /** Replaces the value and notifies subscribers, unless it is the same value. */
  set(next: T): void {
    if (Object.is(next, this.value)) return
    this.value = next
    for (const listener of [...this.listeners]) listener()
  }

  /** Registers a listener; returns the function that removes it. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
