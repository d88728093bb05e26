import { t } from '@shared/i18n/i18n'
import type { PublishSite } from '@shared/ipc/channels/publish'
import type {
  ConnectionReport,
  PublicationRecord,
  PublishCheck,
  PublishJob,
  UnpublishMode,
} from '@shared/publish/Publish'
import type { OutboxProblem } from '@shared/publish/OutboxProblem'
import type { PublishedChange } from '@shared/publish/PublishedChange'
import { AppError } from '../errors/AppError'
import type { LibraryService } from '../library/LibraryService'
import type { SecretStore } from '../secrets/SecretStore'
import { systemClock, type Clock } from './Clock'
import { sharedRenderer, type DocRenderer } from './DocRenderer'
import { failureMessage } from './failureMessage'
import { JobRunner } from './jobs/JobRunner'
import type { LiveCheckOptions } from './live/LiveChecks'
import { LibraryOutbox } from './outbox/LibraryOutbox'
import type { OutboxEntry } from './outbox/Outbox'
import { publishedChanges } from './PublishedChanges'
import type { PublishGates } from './PublishGate'
import { PublishPreflight, type PreflightResult } from './PublishPreflight'
import type { SiteTerms } from './PublishTarget'
import { scrubSecrets } from './scrubSecrets'
import { SiteTargets, type PublishTargets } from './SiteTargets'
import type { SiteSource } from './SiteSource'

export type { PublishTargets } from './SiteTargets'

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
  /** How the check that a published post is live looks (tests shorten it). */
  liveCheck?: LiveCheckOptions
  /** Team articles: who may publish, the publish lock, where the record goes. */
  gates?: PublishGates
}

function toJob(entry: OutboxEntry): PublishJob {
  const { idempotencyKey: _key, overwrite: _overwrite, pending: _pending, ...job } = entry
  return structuredClone(job)
}

/**
 * Publishing as the app sees it: pre-flight checks and the plan (PublishPreflight), jobs with
 * progress, retries and conflicts (JobRunner), kept in the open library's outbox
 * (LibraryOutbox). Targets only talk to their site (see PublishTarget).
 */
export class PublishService {
  private readonly targets: SiteTargets
  private readonly outbox: LibraryOutbox
  private readonly runner: JobRunner
  private readonly preflight: PublishPreflight
  private readonly renderer: DocRenderer

  constructor(private readonly deps: PublishServiceDeps) {
    const clock = deps.clock ?? systemClock
    const renderer = deps.renderer ?? sharedRenderer
    this.renderer = renderer
    this.targets = new SiteTargets(deps.sites, deps.targets, deps.secrets)
    this.outbox = new LibraryOutbox(() => deps.library().info().path, clock, {
      leaving: () => {
        // Nothing of the library being left keeps running: no retry, no look at a page.
        this.runner.timers.clearAll()
        this.runner.liveChecks.stopAll()
      },
      opened: (outbox) =>
        outbox.all().forEach((entry) => {
          // A check cut short by quitting is not looking any more.
          if (entry.live?.state === 'checking' && !this.runner.liveChecks.has(entry.id)) {
            entry.live = { ...entry.live, state: 'stopped' }
          }
          this.runner.schedule(entry)
        }),
    })
    const parts = { library: deps.library, outbox: this.outbox, targets: this.targets, clock }
    this.runner = new JobRunner({
      ...parts,
      secrets: deps.secrets,
      renderer,
      userName: () => deps.userName?.() ?? '',
      log: deps.log ?? ((message, error) => console.error(message, error)),
      liveCheck: deps.liveCheck,
      gates: deps.gates,
    })
    this.preflight = new PublishPreflight({ ...parts, secrets: deps.secrets, renderer })
  }

  /** Loads the open library's outbox and resumes the jobs that were waiting. */
  async start(): Promise<void> {
    await this.outbox.current()
  }

  /** The sites an article can go to, for the publish dialog. */
  sites(): PublishSite[] {
    return this.targets.list().map((site) => ({
      id: site.id,
      name: site.name,
      url: site.url,
      kind: site.target?.kind ?? null,
    }))
  }

  /** Pre-flight: the common checks, then the target's own. */
  async check(articleId: string, siteId: string): Promise<PublishCheck[]> {
    return (await this.preflight.run(articleId, siteId, false)).checks
  }

  /** The checks and, when nothing blocks, the exact changes publishing will make. */
  async plan(articleId: string, siteId: string): Promise<PreflightResult> {
    return this.preflight.run(articleId, siteId, true)
  }

  /** Starts publishing; refused when a check fails or the article is already on its way. */
  async publish(articleId: string, siteId: string): Promise<PublishJob> {
    await this.deps.gates?.(articleId)?.check()
    const { checks } = await this.preflight.run(articleId, siteId, false)
    const blocking = checks.find((c) => c.level === 'error')
    if (blocking) throw new AppError('refused', blocking.message)
    return toJob(await this.runner.enqueue(articleId, siteId, 'publish', null))
  }

  /** Takes the article off the site (`remove`) or back to a draft there (`draft`). */
  async unpublish(articleId: string, siteId: string, mode: UnpublishMode): Promise<PublishJob> {
    await this.deps.gates?.(articleId)?.check()
    const article = await this.deps.library().get(articleId)
    if (!article.publications?.[siteId]) {
      throw new AppError('refused', t('publishMain.errors.notPublishedThere'))
    }
    return toJob(await this.runner.enqueue(articleId, siteId, 'unpublish', mode))
  }

  /** Jobs, newest first; only one article's when `articleId` is given. */
  async jobs(articleId?: string): Promise<PublishJob[]> {
    const outbox = await this.outbox.current()
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
      throw new AppError('refused', t('publishMain.errors.jobNotWaiting'))
    }
    this.runner.launch(entry)
    return toJob(entry)
  }

  /** Stops a job. A running one stops at its next step; what already reached the site stays. */
  async cancel(jobId: string): Promise<PublishJob> {
    const entry = await this.entry(jobId)
    await this.runner.cancel(entry)
    return toJob(entry)
  }

  /** After a conflict: publish ours over theirs, or leave the site as it is. */
  async resolveConflict(jobId: string, choice: 'overwrite' | 'stop'): Promise<PublishJob> {
    const entry = await this.entry(jobId)
    if (entry.state !== 'conflict')
      throw new AppError('refused', t('publishMain.errors.jobNoConflict'))
    if (choice === 'stop') {
      await this.runner.settle(entry, { state: 'cancelled', message: null })
    } else {
      entry.overwrite = true
      this.runner.launch(entry)
    }
    return toJob(entry)
  }

  async testConnection(siteId: string): Promise<ConnectionReport> {
    const site = this.targets.site(siteId)
    const target = this.targets.targetFor(site)
    const { secret, seen } = this.targets.secretsOf(site.id)
    try {
      const report = await target.testConnection(site, secret)
      return { ok: report.ok, message: scrubSecrets(report.message, seen) }
    } catch (error) {
      return { ok: false, message: failureMessage(error, seen) }
    }
  }

  /** The categories and tags the site itself lists (WordPress), for the pickers. */
  async siteTerms(siteId: string): Promise<SiteTerms> {
    const site = this.targets.site(siteId)
    const target = this.targets.targetFor(site)
    const { secret, seen } = this.targets.secretsOf(site.id)
    let terms: SiteTerms | null
    try {
      terms = await target.terms(site, secret)
    } catch (error) {
      throw new AppError('refused', failureMessage(error, seen))
    }
    if (!terms) throw new AppError('refused', t('publishMain.errors.noCategoryList'))
    return terms
  }

  /** Sites where the article is live but shows an older version, with the difference. */
  async changes(articleId: string): Promise<PublishedChange[]> {
    return publishedChanges(
      this.deps.library(),
      articleId,
      (siteId) => this.deps.sites.get(siteId),
      this.renderer,
    )
  }

  /** Job files of the open library's outbox that could not be used, for the person to see. */
  async outboxProblems(): Promise<OutboxProblem[]> {
    return [...(await this.outbox.current()).problems]
  }

  /** Where the article was published, one record per site. */
  async records(articleId: string): Promise<PublicationRecord[]> {
    return Object.values((await this.deps.library().get(articleId)).publications ?? {})
  }

  /** Resolves when no job is running (tests, and before quitting). */
  async idle(): Promise<void> {
    await this.runner.idle()
    await this.outbox.opened?.flushed()
  }

  /** Stops timers and running jobs; waiting jobs stay in the outbox for the next start. */
  async close(): Promise<void> {
    await this.runner.close()
    await this.outbox.opened?.flushed()
  }

  private async entry(jobId: string): Promise<OutboxEntry> {
    const entry = (await this.outbox.current()).get(jobId)
    if (!entry) throw new AppError('not_found', t('publishMain.errors.jobGone'))
    return entry
  }
}
