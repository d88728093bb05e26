import { randomUUID } from 'node:crypto'
import type { PublishSite } from '@shared/ipc/channels/publish'
import type {
  ConnectionReport,
  PublicationRecord,
  PublishCheck,
  PublishJob,
  PublishPlan,
  UnpublishMode,
} from '@shared/publish/Publish'
import type { PublishTargetKind } from '@shared/sites/targets'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { AppError } from '../errors/AppError'
import type { LibraryService } from '../library/LibraryService'
import type { SecretStore } from '../secrets/SecretStore'
import { buildPublishContext } from './buildPublishContext'
import { systemClock, type Clock } from './Clock'
import { commonChecks } from './commonChecks'
import { sharedRenderer, type DocRenderer } from './DocRenderer'
import { Outbox, type OutboxEntry } from './Outbox'
import { PublishError } from './PublishError'
import type { PublishTarget } from './PublishTarget'
import { retryDelay } from './retryDelay'
import { scrubSecrets } from './scrubSecrets'
import { targetChecks } from './targetChecks'
import { failureMessage } from './failureMessage'
import type { SiteSource } from './SiteSource'

/** The targets publishing can use, by kind; a kind left out cannot be published to yet. */
export type PublishTargets = Partial<Record<PublishTargetKind, PublishTarget>>

export interface PublishServiceDeps {
  /** The open library (it changes when the person switches libraries). */
  library: () => LibraryService
  sites: SiteSource
  secrets: SecretStore
  targets: PublishTargets
  renderer?: DocRenderer
  clock?: Clock
  /** Who publishes, for the article's status history. */
  userName?: () => string
  log?: (message: string, error: unknown) => void
}

/** A job's live parts that never go to disk. */
interface Running {
  controller: AbortController
  done: Promise<void>
  cancelled: boolean
}

const ACTIVE_STATES: ReadonlySet<PublishJob['state']> = new Set(['running', 'waiting', 'conflict'])

function toJob(entry: OutboxEntry): PublishJob {
  const { idempotencyKey: _key, overwrite: _overwrite, pending: _pending, ...job } = entry
  return structuredClone(job)
}

/**
 * The publish flow every target shares: pre-flight checks, the plan, jobs with progress, the
 * outbox with retries and backoff, conflicts, and the publication record in the article.
 * Targets only talk to their site (see PublishTarget).
 */
export class PublishService {
  private readonly clock: Clock
  private readonly renderer: DocRenderer
  private readonly log: (message: string, error: unknown) => void
  private outbox: Outbox | null = null
  private opening: Promise<Outbox> | null = null
  private readonly timers = new Map<string, unknown>()
  private readonly running = new Map<string, Running>()
  private closed = false

  constructor(private readonly deps: PublishServiceDeps) {
    this.clock = deps.clock ?? systemClock
    this.renderer = deps.renderer ?? sharedRenderer
    this.log = deps.log ?? ((message, error) => console.error(message, error))
  }

  /** Loads the open library's outbox and resumes the jobs that were waiting. */
  async start(): Promise<void> {
    await this.currentOutbox()
  }

  /** The sites an article can go to, for the publish dialog. */
  sites(): PublishSite[] {
    return this.deps.sites.list().map((site) => ({
      id: site.id,
      name: site.name,
      url: site.url,
      kind: site.target?.kind ?? null,
    }))
  }

  /** Pre-flight: the common checks, then the target's own. */
  async check(articleId: string, siteId: string): Promise<PublishCheck[]> {
    return (await this.checkAndPlan(articleId, siteId, false)).checks
  }

  /** The checks and, when nothing blocks, the exact changes publishing will make. */
  async plan(
    articleId: string,
    siteId: string,
  ): Promise<{ checks: PublishCheck[]; plan: PublishPlan | null }> {
    return this.checkAndPlan(articleId, siteId, true)
  }

  /** Starts publishing; refused when a check fails or the article is already on its way. */
  async publish(articleId: string, siteId: string): Promise<PublishJob> {
    const { checks } = await this.checkAndPlan(articleId, siteId, false)
    const blocking = checks.find((c) => c.level === 'error')
    if (blocking) throw new AppError('refused', blocking.message)
    return this.enqueue(articleId, siteId, 'publish', null)
  }

  /** Takes the article off the site (`remove`) or back to a draft there (`draft`). */
  async unpublish(articleId: string, siteId: string, mode: UnpublishMode): Promise<PublishJob> {
    const article = await this.deps.library().get(articleId)
    if (!article.publications?.[siteId]) {
      throw new AppError('refused', 'This article has not been published to that site.')
    }
    return this.enqueue(articleId, siteId, 'unpublish', mode)
  }

  /** Jobs, newest first; only one article's when `articleId` is given. */
  async jobs(articleId?: string): Promise<PublishJob[]> {
    const outbox = await this.currentOutbox()
    return outbox
      .all()
      .filter((entry) => articleId === undefined || entry.articleId === articleId)
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
      .map(toJob)
  }

  /** "Retry now" for a waiting job, "Try again" for a failed one. */
  async retry(jobId: string): Promise<PublishJob> {
    const entry = await this.entry(jobId)
    if (entry.state !== 'waiting' && entry.state !== 'failed') {
      throw new AppError('refused', 'That job is not waiting for a retry.')
    }
    this.launch(entry)
    return toJob(entry)
  }

  /** Stops a job. A running one stops at its next step; what already reached the site stays. */
  async cancel(jobId: string): Promise<PublishJob> {
    const entry = await this.entry(jobId)
    const live = this.running.get(jobId)
    if (live) {
      live.cancelled = true
      live.controller.abort()
      await live.done
    } else if (ACTIVE_STATES.has(entry.state)) {
      await this.settle(entry, { state: 'cancelled', message: null })
    }
    return toJob(entry)
  }

  /** After a conflict: publish ours over theirs, or leave the site as it is. */
  async resolveConflict(jobId: string, choice: 'overwrite' | 'stop'): Promise<PublishJob> {
    const entry = await this.entry(jobId)
    if (entry.state !== 'conflict') throw new AppError('refused', 'That job has no conflict.')
    if (choice === 'stop') {
      await this.settle(entry, { state: 'cancelled', message: null })
    } else {
      entry.overwrite = true
      this.launch(entry)
    }
    return toJob(entry)
  }

  async testConnection(siteId: string): Promise<ConnectionReport> {
    const site = this.site(siteId)
    const target = this.targetFor(site)
    const { secret, seen } = this.secretReader(site.id)
    try {
      const report = await target.testConnection(site, secret)
      return { ok: report.ok, message: scrubSecrets(report.message, seen) }
    } catch (error) {
      return { ok: false, message: failureMessage(error, seen) }
    }
  }

  /** The categories and tags the site itself lists (WordPress), for the pickers. */
  async siteTerms(siteId: string): Promise<{ categories: string[]; tags: string[] }> {
    const site = this.site(siteId)
    const target = this.targetFor(site)
    if (!target.terms) {
      throw new AppError('refused', 'This kind of site keeps no category list to fetch.')
    }
    const { secret, seen } = this.secretReader(site.id)
    try {
      return await target.terms(site, secret)
    } catch (error) {
      throw new AppError('refused', failureMessage(error, seen))
    }
  }

  /** Reads a site's secrets and remembers the values read, to scrub them from messages. */
  private secretReader(siteId: string): {
    secret: (name: string) => Promise<string | null>
    seen: Set<string>
  } {
    const seen = new Set<string>()
    const secret = async (name: string): Promise<string | null> => {
      const value = await this.deps.secrets.get(`site:${siteId}:${name}`)
      if (value) seen.add(value)
      return value
    }
    return { secret, seen }
  }

  /** Where the article was published, one record per site. */
  async records(articleId: string): Promise<PublicationRecord[]> {
    return Object.values((await this.deps.library().get(articleId)).publications ?? {})
  }

  /** Resolves when no job is running (tests, and before quitting). */
  async idle(): Promise<void> {
    while (this.running.size > 0) {
      await Promise.all([...this.running.values()].map((r) => r.done))
    }
    await this.outbox?.flushed()
  }

  /** Stops timers and running jobs; waiting jobs stay in the outbox for the next start. */
  async close(): Promise<void> {
    this.closed = true
    for (const handle of this.timers.values()) this.clock.clearTimeout(handle)
    this.timers.clear()
    for (const live of this.running.values()) live.controller.abort()
    await this.idle()
  }

  // ── jobs ────────────────────────────────────────────────────────────────────────────────

  private async enqueue(
    articleId: string,
    siteId: string,
    action: PublishJob['action'],
    mode: UnpublishMode | null,
  ): Promise<PublishJob> {
    const outbox = await this.currentOutbox()
    const same = outbox.all().filter((e) => e.articleId === articleId && e.siteId === siteId)
    const active = same.find((e) => ACTIVE_STATES.has(e.state))
    if (active?.state === 'running') {
      throw new AppError(
        'conflict',
        'This article is being sent to that site right now. Wait for it to finish, or cancel it.',
      )
    }
    const now = this.clock.now().toISOString()
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
      createdAt: now,
      updatedAt: now,
      // A job replacing one still waiting carries on what that one started on the site.
      idempotencyKey: active?.idempotencyKey ?? randomUUID(),
      overwrite: false,
      pending: active?.pending ?? null,
    }
    if (active) this.clearTimer(active.id)
    for (const old of same) outbox.remove(old.id)
    outbox.put(entry)
    this.launch(entry)
    return toJob(entry)
  }

  /** Runs a job now, in the background. */
  private launch(entry: OutboxEntry): void {
    this.clearTimer(entry.id)
    const controller = new AbortController()
    const live: Running = { controller, cancelled: false, done: Promise.resolve() }
    this.running.set(entry.id, live)
    entry.state = 'running'
    entry.attempts += 1
    entry.nextAttemptAt = null
    entry.progress = null
    entry.message = null
    entry.conflict = null
    entry.updatedAt = this.clock.now().toISOString()
    live.done = this.attempt(entry, live)
      .catch((error: unknown) => this.log('A publish job failed unexpectedly', error))
      .finally(() => this.running.delete(entry.id))
  }

  private async attempt(entry: OutboxEntry, live: Running): Promise<void> {
    // The job belongs to the library open now, even if the person switches libraries meanwhile.
    const library = this.deps.library()
    const outbox = await this.currentOutbox()
    await outbox.save().catch(() => undefined)
    const seen = new Set<string>()
    try {
      const record = await this.perform(entry, library, outbox, live.controller.signal, seen)
      // Whatever reached the site is kept, even when a cancel came too late to stop it.
      entry.pending = record
      await library.recordPublication(entry.articleId, record, this.userName())
      const done = { state: 'done' as const, result: record, pending: null, message: null }
      await this.settle(entry, done, outbox)
    } catch (error) {
      await this.fail(entry, live, error, seen, outbox)
    }
  }

  private async perform(
    entry: OutboxEntry,
    library: LibraryService,
    outbox: Outbox,
    signal: AbortSignal,
    seen: Set<string>,
  ): Promise<PublicationRecord> {
    const article = await library.get(entry.articleId)
    const site = this.site(entry.siteId)
    const target = this.targetFor(site)
    const context = buildPublishContext({
      article,
      site,
      record: entry.pending ?? article.publications?.[site.id] ?? null,
      library,
      secrets: this.deps.secrets,
      renderer: this.renderer,
      signal,
      overwrite: entry.overwrite,
      idempotencyKey: entry.idempotencyKey,
      secretsSeen: seen,
      progress: (update) => {
        entry.progress = { ...update, step: scrubSecrets(update.step, seen) }
      },
      remember: async (record) => {
        entry.pending = record
        await outbox.save()
      },
    })
    if (entry.action === 'unpublish') {
      return target.unpublish(context, entry.unpublishMode ?? 'remove')
    }
    // The article may have changed since the job was queued: check again before sending.
    const checks = [
      ...commonChecks(article, site, this.clock.now()),
      ...(await targetChecks(context, target, library)),
    ]
    const blocking = checks.find((c) => c.level === 'error')
    if (blocking) throw new PublishError('refused', blocking.message)
    return target.publish(context)
  }

  private async fail(
    entry: OutboxEntry,
    live: Running,
    error: unknown,
    seen: Set<string>,
    outbox: Outbox,
  ): Promise<void> {
    const message = failureMessage(error, seen)
    if (live.cancelled || this.closed) {
      // Closing the app leaves the job to resume on the next start.
      const state = live.cancelled ? 'cancelled' : 'waiting'
      const nextAttemptAt = state === 'waiting' ? this.clock.now().toISOString() : null
      await this.settle(entry, { state, nextAttemptAt, message: null }, outbox)
      return
    }
    if (error instanceof PublishError && error.transient) {
      const at = new Date(this.clock.now().getTime() + retryDelay(entry.attempts))
      await this.settle(
        entry,
        { state: 'waiting', nextAttemptAt: at.toISOString(), message },
        outbox,
      )
      if (outbox === this.outbox) this.schedule(entry)
      return
    }
    if (error instanceof PublishError && error.kind === 'conflict') {
      const conflict = error.conflict ?? { ours: '', theirs: '' }
      await this.settle(entry, { state: 'conflict', conflict, message }, outbox)
      return
    }
    if (!(error instanceof PublishError) && !(error instanceof AppError)) {
      this.log('Publishing failed', error)
    }
    await this.settle(entry, { state: 'failed', message }, outbox)
  }

  private async settle(
    entry: OutboxEntry,
    change: Partial<OutboxEntry>,
    owner?: Outbox,
  ): Promise<void> {
    Object.assign(entry, change, { updatedAt: this.clock.now().toISOString() })
    if (entry.state !== 'running') entry.progress = null
    if (entry.state !== 'waiting') this.clearTimer(entry.id)
    const outbox = owner ?? (await this.currentOutbox())
    await outbox.save().catch(() => undefined)
  }

  private schedule(entry: OutboxEntry): void {
    if (this.closed || entry.state !== 'waiting') return
    this.clearTimer(entry.id)
    const at = entry.nextAttemptAt ? Date.parse(entry.nextAttemptAt) : 0
    const delay = Math.max(0, at - this.clock.now().getTime())
    const handle = this.clock.setTimeout(() => {
      this.timers.delete(entry.id)
      if (entry.state === 'waiting' && !this.running.has(entry.id)) this.launch(entry)
    }, delay)
    this.timers.set(entry.id, handle)
  }

  private clearTimer(id: string): void {
    const handle = this.timers.get(id)
    if (handle === undefined) return
    this.clock.clearTimeout(handle)
    this.timers.delete(id)
  }

  // ── loading ─────────────────────────────────────────────────────────────────────────────

  private async checkAndPlan(
    articleId: string,
    siteId: string,
    withPlan: boolean,
  ): Promise<{ checks: PublishCheck[]; plan: PublishPlan | null }> {
    const article = await this.deps.library().get(articleId)
    const site = this.site(siteId)
    const common = commonChecks(article, site, this.clock.now())
    const target = site.target ? this.deps.targets[site.target.kind] : undefined
    if (!target) {
      if (site.target) {
        common.push({
          level: 'error',
          code: 'target-unavailable',
          message: 'Publishing to this kind of site is not available in this version of Copydesk.',
        })
      }
      return { checks: common, plan: null }
    }
    const outbox = await this.currentOutbox()
    const active = outbox
      .all()
      .find((e) => e.articleId === articleId && e.siteId === siteId && ACTIVE_STATES.has(e.state))
    const seen = new Set<string>()
    const context = buildPublishContext({
      article,
      site,
      record: active?.pending ?? article.publications?.[siteId] ?? null,
      library: this.deps.library(),
      secrets: this.deps.secrets,
      renderer: this.renderer,
      signal: new AbortController().signal,
      overwrite: false,
      idempotencyKey: active?.idempotencyKey ?? 'plan',
      secretsSeen: seen,
      progress: () => undefined,
      remember: async () => undefined,
    })
    try {
      const checks = [...common, ...(await targetChecks(context, target, this.deps.library()))]
      if (!withPlan || checks.some((c) => c.level === 'error')) return { checks, plan: null }
      return { checks, plan: await target.plan(context) }
    } catch (error) {
      throw new AppError('refused', failureMessage(error, seen), { cause: error })
    }
  }

  private site(siteId: string): SiteProfile {
    const site = this.deps.sites.get(siteId)
    if (!site) throw new AppError('not_found', 'That site no longer exists in Settings → Sites.')
    return site
  }

  private targetFor(site: SiteProfile): PublishTarget {
    if (!site.target) {
      throw new AppError('refused', `“${site.name}” has no publishing set up yet.`)
    }
    const target = this.deps.targets[site.target.kind]
    if (!target) {
      throw new AppError(
        'refused',
        'Publishing to this kind of site is not available in this version of Copydesk.',
      )
    }
    return target
  }

  private async entry(jobId: string): Promise<OutboxEntry> {
    const entry = (await this.currentOutbox()).get(jobId)
    if (!entry) throw new AppError('not_found', 'That publish job no longer exists.')
    return entry
  }

  /** The outbox of the library open now; opened (and its waiting jobs resumed) on first use. */
  private async currentOutbox(): Promise<Outbox> {
    const file = Outbox.fileIn(this.deps.library().info().path)
    if (this.outbox?.file === file) return this.outbox
    if (this.opening) {
      const opened = await this.opening
      if (opened.file === file) return opened
    }
    this.opening = this.openOutbox(file)
    try {
      return await this.opening
    } finally {
      this.opening = null
    }
  }

  private async openOutbox(file: string): Promise<Outbox> {
    // Jobs of the library left behind wait there until it is opened again.
    for (const handle of this.timers.values()) this.clock.clearTimeout(handle)
    this.timers.clear()
    const outbox = await Outbox.open(file, this.clock.now())
    this.outbox = outbox
    let interrupted = false
    for (const entry of outbox.all()) {
      if (entry.state === 'running') {
        // The app stopped mid-attempt: try again now; `pending` keeps a retry from duplicating.
        entry.state = 'waiting'
        entry.nextAttemptAt = this.clock.now().toISOString()
        interrupted = true
      }
    }
    if (interrupted) await outbox.save().catch(() => undefined)
    for (const entry of outbox.all()) this.schedule(entry)
    return outbox
  }

  private userName(): string {
    return this.deps.userName?.() ?? ''
  }
}
