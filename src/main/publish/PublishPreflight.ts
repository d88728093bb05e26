import type { PublishCheck, PublishPlan } from '@shared/publish/Publish'
import { AppError } from '../errors/AppError'
import type { LibraryService } from '../library/LibraryService'
import type { SecretStore } from '../secrets/SecretStore'
import { buildPublishContext } from './buildPublishContext'
import type { Clock } from './Clock'
import { commonChecks } from './commonChecks'
import type { DocRenderer } from './DocRenderer'
import { failureMessage } from './failureMessage'
import { ACTIVE_STATES } from './jobs/activeStates'
import type { LibraryOutbox } from './outbox/LibraryOutbox'
import { TARGET_UNAVAILABLE, type SiteTargets } from './SiteTargets'
import { targetChecks } from './targetChecks'

export interface PublishPreflightDeps {
  library: () => LibraryService
  outbox: LibraryOutbox
  targets: SiteTargets
  secrets: SecretStore
  renderer: DocRenderer
  clock: Clock
}

/** The checks and the plan shown before publishing; they change nothing anywhere. */
export class PublishPreflight {
  constructor(private readonly deps: PublishPreflightDeps) {}

  /** The common checks, the target's own, and (when asked and nothing blocks) the plan. */
  async run(
    articleId: string,
    siteId: string,
    withPlan: boolean,
  ): Promise<{ checks: PublishCheck[]; plan: PublishPlan | null }> {
    const library = this.deps.library()
    const article = await library.get(articleId)
    const site = this.deps.targets.site(siteId)
    const common = commonChecks(article, site, this.deps.clock.now())
    const target = this.deps.targets.find(site)
    if (!target) {
      if (site.target) {
        common.push({ level: 'error', code: 'target-unavailable', message: TARGET_UNAVAILABLE })
      }
      return { checks: common, plan: null }
    }
    const outbox = await this.deps.outbox.current()
    const active = outbox
      .all()
      .find((e) => e.articleId === articleId && e.siteId === siteId && ACTIVE_STATES.has(e.state))
    const seen = new Set<string>()
    const context = buildPublishContext({
      article,
      site,
      record: active?.pending ?? article.publications?.[siteId] ?? null,
      library,
      secrets: this.deps.secrets,
      renderer: this.deps.renderer,
      signal: new AbortController().signal,
      overwrite: false,
      idempotencyKey: active?.idempotencyKey ?? 'plan',
      secretsSeen: seen,
      progress: () => undefined,
      remember: async () => undefined,
    })
    try {
      const checks = [...common, ...(await targetChecks(context, target, library))]
      if (!withPlan || checks.some((c) => c.level === 'error')) return { checks, plan: null }
      return { checks, plan: await target.plan(context) }
    } catch (error) {
      throw new AppError('refused', failureMessage(error, seen), { cause: error })
    }
  }
}
