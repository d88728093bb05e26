import { t } from '@shared/i18n/i18n'
import type { PublishCheck, PublishPlan } from '@shared/publish/Publish'
import { AppError } from '../errors/AppError'
import type { LibraryService } from '../library/LibraryService'
import type { SecretStore } from '../secrets/SecretStore'
import { buildPublishContext } from './buildPublishContext'
import type { Clock } from './Clock'
import { commonChecks } from './commonChecks'
import type { DocRenderer } from './DocRenderer'
import { failureMessage } from './failureMessage'
import { PublishError } from './PublishError'
import { ACTIVE_STATES } from './jobs/activeStates'
import type { LibraryOutbox } from './outbox/LibraryOutbox'
import { targetUnavailable, type SiteTargets } from './SiteTargets'
import { targetChecks } from './targetChecks'

export interface PublishPreflightDeps {
  library: () => LibraryService
  outbox: LibraryOutbox
  targets: SiteTargets
  secrets: SecretStore
  renderer: DocRenderer
  clock: Clock
}

/** The checks, the plan (null while a check blocks or the site cannot be reached). */
export interface PreflightResult {
  checks: PublishCheck[]
  plan: PublishPlan | null
  /** The site did not answer; publishing queues the job in the outbox. */
  siteUnreachable: boolean
}

/** The checks and the plan shown before publishing; they change nothing anywhere. */
export class PublishPreflight {
  constructor(private readonly deps: PublishPreflightDeps) {}

  /** The common checks, the target's own, and (when asked and nothing blocks) the plan. */
  async run(articleId: string, siteId: string, withPlan: boolean): Promise<PreflightResult> {
    const library = this.deps.library()
    const article = await library.get(articleId)
    const site = this.deps.targets.site(siteId)
    const common = commonChecks(article, site, this.deps.clock.now())
    const target = this.deps.targets.find(site)
    if (!target) {
      if (site.target) {
        common.push({ level: 'error', code: 'target-unavailable', message: targetUnavailable() })
      }
      return { checks: common, plan: null, siteUnreachable: false }
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
    let checks: PublishCheck[] | undefined
    try {
      checks = [...common, ...(await targetChecks(context, target, library))]
      if (!withPlan || checks.some((c) => c.level === 'error')) {
        return { checks, plan: null, siteUnreachable: false }
      }
      return { checks, plan: await target.plan(context), siteUnreachable: false }
    } catch (error) {
      if (!(error instanceof PublishError) || !error.transient) {
        throw new AppError('refused', failureMessage(error, seen), { cause: error })
      }
      // Publishing still works: the job waits in the outbox until the site answers.
      // One warning says it all, in place of the target's own "cannot be reached" note.
      checks = (checks ?? common).filter((c) => !c.code.endsWith('unreachable'))
      checks.push(unreachableCheck(failureMessage(error, seen)))
      return { checks, plan: null, siteUnreachable: true }
    }
  }
}

/** The warning shown when the site cannot be reached during the checks or the plan. */
function unreachableCheck(why: string): PublishCheck {
  return {
    level: 'warning',
    code: 'site-unreachable',
    message: t('publishMain.checks.siteUnreachable', { why: firstSentence(why) }),
  }
}

/** The reason alone, without a failure message's own "will try again" advice. */
function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text
}
