import { t } from '@shared/i18n/i18n'
import { randomUUID } from 'node:crypto'
import type {
  LiveCheck,
  PublicationRecord,
  PublishJob,
  UnpublishMode,
} from '@shared/publish/Publish'
import { articleSourceHash } from '@shared/publish/articleSourceHash'
import { AppError } from '../../errors/AppError'
import type { LibraryService } from '../../library/LibraryService'
import type { SecretStore } from '../../secrets/SecretStore'
import { buildPublishContext } from '../buildPublishContext'
import type { Clock } from '../Clock'
import { commonChecks } from '../commonChecks'
import type { DocRenderer } from '../DocRenderer'
import { failureMessage } from '../failureMessage'
import { LiveChecks, type LiveCheckOptions } from '../live/LiveChecks'
import { liveAddress } from '../live/liveAddress'
import { liveMarker } from '../live/liveMarker'
import type { LibraryOutbox } from '../outbox/LibraryOutbox'
import type { Outbox, OutboxEntry } from '../outbox/Outbox'
import type { PublishGates } from '../PublishGate'
import { PublishError } from '../PublishError'
import { retryDelay } from '../retryDelay'
import { scrubSecrets } from '../scrubSecrets'
import type { SiteTargets } from '../SiteTargets'
import { targetChecks } from '../targetChecks'
import { ACTIVE_STATES } from './activeStates'
import { RetryTimers } from './RetryTimers'

export interface JobRunnerDeps {
  library: () => LibraryService
  outbox: LibraryOutbox
  targets: SiteTargets
  secrets: SecretStore
  renderer: DocRenderer
  clock: Clock
  /** Who publishes, for the article's status history. */
  userName: () => string
  log: (message: string, error: unknown) => void
  liveCheck?: LiveCheckOptions
  /** Team articles: who may publish, the publish lock, where the record goes. */
  gates?: PublishGates
}

/** A job's live parts that never go to disk. */
interface Running {
  controller: AbortController
  done: Promise<void>
  cancelled: boolean
}

/**
 * The life of a publish job: queued, running (one attempt at a time), then done, failed,
 * in conflict, cancelled, or waiting for a timed retry. Each change of state is saved in the
 * outbox, so a job survives a crash or a restart.
 */
export class JobRunner {
  readonly timers: RetryTimers
  readonly liveChecks: LiveChecks
  private readonly running = new Map<string, Running>()
  private closed = false

  constructor(private readonly deps: JobRunnerDeps) {
    this.timers = new RetryTimers(deps.clock)
    this.liveChecks = new LiveChecks(deps.clock, deps.liveCheck)
  }

  /** Queues a job and starts its first attempt; it replaces a waiting job of the same pair. */
  async enqueue(
    articleId: string,
    siteId: string,
    action: PublishJob['action'],
    mode: UnpublishMode | null,
  ): Promise<OutboxEntry> {
    const outbox = await this.deps.outbox.current()
    const same = outbox.all().filter((e) => e.articleId === articleId && e.siteId === siteId)
    const active = same.find((e) => ACTIVE_STATES.has(e.state))
    if (active?.state === 'running') {
      throw new AppError('conflict', t('publishMain.errors.alreadySending'))
    }
    const now = this.deps.clock.now().toISOString()
    const entry: OutboxEntry = {
      id: randomUUID(),
      articleId,
      siteId,
      action,
      unpublishMode: mode,
      state: 'waiting',
      attempts: 0,
      nextAttemptAt: null,
      progress: null,
      message: null,
      result: null,
      conflict: null,
      live: null,
      build: null,
      createdAt: now,
      updatedAt: now,
      // A job replacing one still waiting carries on what that one started on the site.
      idempotencyKey: active?.idempotencyKey ?? randomUUID(),
      overwrite: false,
      pending: active?.pending ?? null,
    }
    if (active) this.timers.clear(active.id)
    for (const old of same) {
      this.liveChecks.stop(old.id)
      await outbox.remove(old.id).catch(() => undefined)
    }
    outbox.put(entry)
    this.launch(entry)
    return entry
  }

  /** Runs a job now, in the background. */
  launch(entry: OutboxEntry): void {
    this.timers.clear(entry.id)
    const controller = new AbortController()
    const live: Running = { controller, cancelled: false, done: Promise.resolve() }
    this.running.set(entry.id, live)
    entry.state = 'running'
    entry.attempts += 1
    entry.nextAttemptAt = null
    entry.progress = null
    entry.message = null
    entry.conflict = null
    entry.live = null
    entry.build = null
    entry.updatedAt = this.deps.clock.now().toISOString()
    live.done = this.attempt(entry, live)
      .catch((error: unknown) => this.deps.log('A publish job failed unexpectedly', error))
      .finally(() => this.running.delete(entry.id))
  }

  /** Sets the retry timer of a waiting job (jobs in any other state have none). */
  schedule(entry: OutboxEntry): void {
    if (this.closed || entry.state !== 'waiting') return
    this.timers.set(entry.id, entry.nextAttemptAt, () => {
      if (entry.state === 'waiting' && !this.running.has(entry.id)) this.launch(entry)
    })
  }

  /** Stops a job. A running one stops at its next step; what already reached the site stays. */
  async cancel(entry: OutboxEntry): Promise<void> {
    // A finished job may still be checking that the site shows it.
    if (this.liveChecks.has(entry.id)) return this.liveChecks.stop(entry.id)
    const live = this.running.get(entry.id)
    if (live) {
      live.cancelled = true
      live.controller.abort()
      await live.done
    } else if (ACTIVE_STATES.has(entry.state)) {
      await this.settle(entry, { state: 'cancelled', message: null })
    }
  }

  /** Records a job's new state and saves it. */
  async settle(entry: OutboxEntry, change: Partial<OutboxEntry>, owner?: Outbox): Promise<void> {
    Object.assign(entry, change, { updatedAt: this.deps.clock.now().toISOString() })
    if (entry.state !== 'running') entry.progress = null
    if (entry.state !== 'waiting') this.timers.clear(entry.id)
    const outbox = owner ?? (await this.deps.outbox.current())
    await outbox.save(entry).catch(() => undefined)
  }

  /** Resolves when no job is running (tests, and before quitting). */
  async idle(): Promise<void> {
    while (this.running.size > 0) {
      await Promise.all([...this.running.values()].map((r) => r.done))
    }
  }

  /** Stops timers and running jobs; waiting jobs stay in the outbox for the next start. */
  async close(): Promise<void> {
    this.closed = true
    this.timers.clearAll()
    this.liveChecks.stopAll()
    for (const live of this.running.values()) live.controller.abort()
    await this.idle()
  }

  private async attempt(entry: OutboxEntry, live: Running): Promise<void> {
    // The job belongs to the library open now, even if the person switches libraries meanwhile.
    const library = this.deps.library()
    const outbox = await this.deps.outbox.current()
    // A new job is on disk before the site hears of it. A retry's "running" is not saved: after
    // a crash the job's saved "waiting" resumes it all the same, and 1,000 retries write half.
    if (entry.attempts === 1) await outbox.save(entry).catch(() => undefined)
    const seen = new Set<string>()
    const gate = this.deps.gates?.(entry.articleId) ?? null
    const send = async () => {
      const sent = await this.perform(entry, library, outbox, live.controller.signal, seen)
      // Whatever reached the site is kept, even when a cancel came too late to stop it.
      entry.pending = sent.record
      const by = this.deps.userName()
      // Said with the result when another program wrote the article as the record went in.
      let notice: string | null = null
      if (gate) await gate.record(sent.record, by)
      else ({ notice } = await library.recordPublication(entry.articleId, sent.record, by))
      return { ...sent, notice }
    }
    try {
      const sent = gate ? await gate.hold(send) : await send()
      const record = sent.record
      const done = { state: 'done' as const, result: record, pending: null, message: sent.notice }
      await this.settle(entry, done, outbox)
      if (sent.watch !== null && !this.closed) {
        this.checkLive(entry, sent.watch.url, sent.watch.marker, outbox)
      }
    } catch (error) {
      await this.fail(entry, live, error, seen, outbox)
    }
  }

  /** Watches the post's address in the background; the job is done whatever it finds. */
  private checkLive(entry: OutboxEntry, url: string, marker: string, outbox: Outbox): void {
    const update = (live: LiveCheck): void => {
      entry.live = live
      outbox.save(entry).catch(() => undefined)
    }
    this.liveChecks
      .start(entry.id, { url, marker, update })
      .catch((error: unknown) => this.deps.log('Checking that the post is live failed', error))
  }

  /** Sends the job to its site: the record it left, and the page and text to look for. */
  private async perform(
    entry: OutboxEntry,
    library: LibraryService,
    outbox: Outbox,
    signal: AbortSignal,
    seen: Set<string>,
  ): Promise<{ record: PublicationRecord; watch: { url: string; marker: string } | null }> {
    const article = await library.get(entry.articleId)
    const site = this.deps.targets.site(entry.siteId)
    const target = this.deps.targets.targetFor(site)
    const context = buildPublishContext({
      article,
      site,
      record: entry.pending ?? article.publications?.[site.id] ?? null,
      library,
      secrets: this.deps.secrets,
      renderer: this.deps.renderer,
      signal,
      overwrite: entry.overwrite,
      idempotencyKey: entry.idempotencyKey,
      secretsSeen: seen,
      progress: (update) => {
        entry.progress = { ...update, step: scrubSecrets(update.step, seen) }
      },
      built: (check) => {
        entry.build = { ...check, message: check.message && scrubSecrets(check.message, seen) }
      },
      remember: async (record) => {
        entry.pending = record
        await outbox.save(entry)
      },
    })
    if (entry.action === 'unpublish') {
      return {
        record: await target.unpublish(context, entry.unpublishMode ?? 'remove'),
        watch: null,
      }
    }
    // The article may have changed since the job was queued: check again before sending.
    const checks = [
      ...commonChecks(article, site, this.deps.clock.now()),
      ...(await targetChecks(context, target, library)),
    ]
    const blocking = checks.find((c) => c.level === 'error')
    if (blocking) throw new PublishError('refused', blocking.message)
    const record = await target.publish(context)
    const url = liveAddress(site, record)
    // What was sent, so the library can tell when the article changes after this publish.
    return {
      record: { ...record, sourceHash: articleSourceHash(article.meta, article.doc) },
      watch: url === null ? null : { url, marker: liveMarker(article) },
    }
  }

  private async fail(
    entry: OutboxEntry,
    live: Running,
    error: unknown,
    seen: Set<string>,
    outbox: Outbox,
  ): Promise<void> {
    const message = failureMessage(error, seen)
    const now = this.deps.clock.now()
    if (live.cancelled || this.closed) {
      // Closing the app leaves the job to resume on the next start.
      const state = live.cancelled ? 'cancelled' : 'waiting'
      const nextAttemptAt = state === 'waiting' ? now.toISOString() : null
      await this.settle(entry, { state, nextAttemptAt, message: null }, outbox)
      return
    }
    if (error instanceof PublishError && error.transient) {
      const at = new Date(now.getTime() + retryDelay(entry.attempts)).toISOString()
      await this.settle(entry, { state: 'waiting', nextAttemptAt: at, message }, outbox)
      if (outbox === this.deps.outbox.opened) this.schedule(entry)
      return
    }
    if (error instanceof PublishError && error.kind === 'conflict') {
      const conflict = error.conflict ?? { ours: '', theirs: '' }
      await this.settle(entry, { state: 'conflict', conflict, message }, outbox)
      return
    }
    if (!(error instanceof PublishError) && !(error instanceof AppError)) {
      this.deps.log('Publishing failed', error)
    }
    await this.settle(entry, { state: 'failed', message }, outbox)
  }
}
