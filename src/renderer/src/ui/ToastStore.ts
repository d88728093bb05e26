import { ValueStore } from '../store/ValueStore'

/** A button on a toast, e.g. "Undo" or "Show in folder". */
export interface ToastAction {
  label: string
  run(): void
}

/** A short notice at the bottom of the window. */
export interface Toast {
  id: number
  message: string
  tone: 'info' | 'error'
  actions: readonly ToastAction[]
}

/** What to show in a new toast. */
export interface ShowToast {
  message: string
  tone?: Toast['tone']
  /** Buttons, in reading order; each also dismisses the toast. */
  actions?: readonly ToastAction[]
  /** How long it stays; errors stay longer by default. */
  timeoutMs?: number
}

/** How long a notice stays: long enough to read two sentences. */
const NOTICE_MS = 15_000

/** At most this many toasts are shown; older ones make way. */
const MAX_TOASTS = 4

/** The list of visible toasts, with timers that take them away. */
export class ToastStore {
  readonly toasts = new ValueStore<readonly Toast[]>([])
  private nextId = 1
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>()

  /** Shows a toast; returns its id. */
  show(toast: ShowToast): number {
    const id = this.nextId++
    const tone = toast.tone ?? 'info'
    const entry: Toast = { id, message: toast.message, tone, actions: toast.actions ?? [] }
    const kept = this.toasts.get().slice(-(MAX_TOASTS - 1))
    for (const old of this.toasts.get()) if (!kept.includes(old)) this.clearTimer(old.id)
    this.toasts.set([...kept, entry])
    const timeout = toast.timeoutMs ?? (tone === 'error' ? 8000 : 5000)
    this.timers.set(
      id,
      setTimeout(() => this.dismiss(id), timeout),
    )
    return id
  }

  /**
   * Shows a notice the person should have time to read, e.g. that another program wrote the
   * article too; it stays longer than a passing one.
   */
  notice(message: string): number {
    return this.show({ message, timeoutMs: NOTICE_MS })
  }

  /** Shows an error message. */
  error(message: string): number {
    return this.show({ message, tone: 'error' })
  }

  dismiss(id: number): void {
    this.clearTimer(id)
    const next = this.toasts.get().filter((t) => t.id !== id)
    if (next.length !== this.toasts.get().length) this.toasts.set(next)
  }

  private clearTimer(id: number): void {
    const timer = this.timers.get(id)
    if (timer !== undefined) clearTimeout(timer)
    this.timers.delete(id)
  }
}
