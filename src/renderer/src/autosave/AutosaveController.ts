import type { ArticleMetaPatch, DocNode } from '@shared/article/Article'
import type { SaveResult } from '@shared/ipc/contract'
import { messageOf } from '../api/messageOf'
import { ValueStore } from '../store/ValueStore'
import { t } from '@shared/i18n/i18n'

/** What the status bar shows about one article's saving. */
export type SaveState =
  | { kind: 'saved'; savedAt: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; retryInMs: number }

/** One save call: the whole document and/or the meta fields that changed. */
export interface SaveRequest {
  doc?: DocNode
  meta?: ArticleMetaPatch
}

/** How an {@link AutosaveController} saves and retries. */
export interface AutosaveOptions {
  save(request: SaveRequest): Promise<SaveResult>
  /** Quiet time after the last change before saving. */
  delayMs?: number
  /** Waits before automatic retries; the last one repeats. */
  retryDelaysMs?: readonly number[]
}

/** 700 ms of quiet keeps a change on disk within a second of the last keystroke. */
export const AUTOSAVE_DELAY_MS = 700
/** Waits before automatic retries after a failed save: quick at first, then every 30 s. */
export const AUTOSAVE_RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 5000, 10_000, 30_000]

type SavedListener = (result: SaveResult, request: SaveRequest) => void

/**
 * Saves one article's edits: debounced, at most one save in flight, edits made during a save
 * coalesced into one follow-up, failures kept locally and retried with backoff. The document
 * getter is called only when a save actually starts, so typing never serialises the document.
 */
export class AutosaveController {
  /** Current save state; subscribe to show it. */
  readonly state = new ValueStore<SaveState>({ kind: 'saved', savedAt: null })

  private readonly delayMs: number
  private readonly retryDelaysMs: readonly number[]
  private pendingDoc: (() => DocNode) | null = null
  private pendingMeta: ArticleMetaPatch | null = null
  private inFlight = false
  private runAfterFlight = false
  private debounceTimer: ReturnType<typeof setTimeout> | null = null
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private failures = 0
  private closed = false
  private disposed = false
  private waiters: ((saved: boolean) => void)[] = []
  private readonly savedListeners = new Set<SavedListener>()

  constructor(private readonly options: AutosaveOptions) {
    this.delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS
    this.retryDelaysMs = options.retryDelaysMs ?? AUTOSAVE_RETRY_DELAYS_MS
  }

  /** Records a document change; `getDoc` is called later, when the save runs. */
  changeDoc(getDoc: () => DocNode): void {
    if (this.disposed) return
    this.pendingDoc = getDoc
    this.changed()
  }

  /** Records changed meta fields; later patches win over earlier ones. */
  changeMeta(patch: ArticleMetaPatch): void {
    if (this.disposed) return
    this.pendingMeta = { ...this.pendingMeta, ...patch }
    this.changed()
  }

  /** Meta fields changed but not yet sent. */
  pendingMetaPatch(): ArticleMetaPatch {
    return { ...this.pendingMeta }
  }

  /** True while something is waiting to be saved or being saved. */
  hasUnsavedChanges(): boolean {
    return this.inFlight || this.hasPending()
  }

  /**
   * Saves now (or right after the save in flight). Resolves true once everything is on disk,
   * false if a save fails first; automatic retries continue either way.
   */
  flush(): Promise<boolean> {
    const done = new Promise<boolean>((resolve) => this.waiters.push(resolve))
    this.run()
    this.settleIfIdle()
    return done
  }

  /**
   * Called when the article is switched away from: the pending document is read now (its
   * editor is about to go), saving finishes in the background, then the controller stops.
   */
  close(): Promise<boolean> {
    this.closed = true
    if (this.inFlight && this.pendingDoc) this.snapshotPendingDoc()
    const done = this.flush()
    if (!this.hasUnsavedChanges()) this.dispose()
    return done
  }

  /** Stops timers for good; unsaved edits stay unsaved. */
  dispose(): void {
    this.disposed = true
    this.clearTimers()
    this.resolveWaiters(!this.hasUnsavedChanges())
  }

  /** Registers a listener for every successful save; returns its remover. */
  onSaved(listener: SavedListener): () => void {
    this.savedListeners.add(listener)
    return () => this.savedListeners.delete(listener)
  }

  private changed(): void {
    if (this.state.get().kind === 'saved') this.state.set({ kind: 'pending' })
    // After a failure the retry timer decides when to try again, so typing does not hammer.
    if (this.retryTimer !== null) return
    if (this.debounceTimer !== null) clearTimeout(this.debounceTimer)
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = null
      this.run()
    }, this.delayMs)
  }

  private run(): void {
    if (this.disposed) return
    if (this.inFlight) {
      this.runAfterFlight = true
      return
    }
    this.clearTimers()
    if (!this.hasPending()) return
    const getDoc = this.pendingDoc
    const request: SaveRequest = {}
    if (this.pendingMeta) request.meta = this.pendingMeta
    this.pendingDoc = null
    this.pendingMeta = null
    this.inFlight = true
    this.runAfterFlight = false
    this.state.set({ kind: 'saving' })
    let saving: Promise<SaveResult>
    try {
      if (getDoc) request.doc = getDoc()
      saving = this.options.save(request)
    } catch (error) {
      saving = Promise.reject(error)
    }
    saving.then(
      (result) => this.succeeded(result, request),
      (error: unknown) => this.failed(error, request, getDoc),
    )
  }

  private succeeded(result: SaveResult, request: SaveRequest): void {
    this.inFlight = false
    this.failures = 0
    for (const listener of [...this.savedListeners]) listener(result, request)
    if (this.disposed) return
    if (this.hasPending()) {
      this.state.set({ kind: 'pending' })
      if (this.runAfterFlight || this.closed) this.run()
      else if (this.debounceTimer === null) this.changed()
      return
    }
    this.state.set({ kind: 'saved', savedAt: result.savedAt })
    this.settleIfIdle()
    if (this.closed) this.dispose()
  }

  private failed(error: unknown, request: SaveRequest, getDoc: (() => DocNode) | null): void {
    this.inFlight = false
    this.runAfterFlight = false
    // Put the unsent work back underneath anything newer, so the next attempt carries it all.
    if (!this.pendingDoc && getDoc) {
      const doc = request.doc
      this.pendingDoc = doc === undefined ? getDoc : () => doc
    }
    if (request.meta) this.pendingMeta = { ...request.meta, ...this.pendingMeta }
    const delay = this.retryDelaysMs[Math.min(this.failures, this.retryDelaysMs.length - 1)] ?? 1000
    this.failures += 1
    this.state.set({
      kind: 'error',
      message: messageOf(error, t('screens.failures.libraryReach')),
      retryInMs: delay,
    })
    this.resolveWaiters(false)
    if (this.disposed) return
    this.clearTimers()
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      this.run()
    }, delay)
  }

  private snapshotPendingDoc(): void {
    const getDoc = this.pendingDoc
    if (!getDoc) return
    try {
      const doc = getDoc()
      this.pendingDoc = () => doc
    } catch {
      // Keep the getter; the save will report the failure.
    }
  }

  private hasPending(): boolean {
    return this.pendingDoc !== null || this.pendingMeta !== null
  }

  private settleIfIdle(): void {
    if (!this.hasUnsavedChanges()) this.resolveWaiters(true)
  }

  private resolveWaiters(saved: boolean): void {
    const waiters = this.waiters
    this.waiters = []
    for (const resolve of waiters) resolve(saved)
  }

  private clearTimers(): void {
    if (this.debounceTimer !== null) clearTimeout(this.debounceTimer)
    if (this.retryTimer !== null) clearTimeout(this.retryTimer)
    this.debounceTimer = null
    this.retryTimer = null
  }
}
