import type {
  BuildCheck,
  ConnectionReport,
  PublicationRecord,
  PublishCheck,
  PublishPlan,
  UnpublishMode,
} from '@shared/publish/Publish'
import { PublishError } from '../PublishError'
import type { PublishContext, PublishTarget, SiteTerms } from '../PublishTarget'

/**
 * A target for tests of the publish flow itself. It keeps "remote posts" in memory like a CMS:
 * a publish without a record creates a post (and remembers its id before anything else can
 * fail), one with a record updates it. Failures are queued per attempt.
 */
export class FakeTarget implements PublishTarget {
  readonly posts = new Map<string, { title: string; state: string }>()
  readonly attempts: { overwrite: boolean; key: string; record: PublicationRecord | null }[] = []
  /** Thrown by the next attempts, in order, after the post was created or updated. */
  readonly failures: Error[] = []
  /** When set, an attempt waits for it (or for the job's signal) before finishing. */
  gate: Promise<void> | null = null
  checks: PublishCheck[] = []
  /** What the next attempts report as the site's build, as a git site checking builds would. */
  builds: BuildCheck[] = []
  private nextId = 1

  async testConnection(
    _site: unknown,
    secret: (name: 'token') => Promise<string | null>,
  ): Promise<ConnectionReport> {
    const token = await secret('token')
    return { ok: false, message: `The site refused the token ${token ?? ''}.` }
  }

  /** The terms a test set, or null like a site that keeps no lists. */
  siteTerms: SiteTerms | null = null

  async terms(): Promise<SiteTerms | null> {
    return this.siteTerms
  }

  /** While set, the site cannot be reached: every call that talks to it throws this. */
  down: PublishError | null = null

  async check(): Promise<PublishCheck[]> {
    if (this.down) throw this.down
    return this.checks
  }

  async plan(context: PublishContext): Promise<PublishPlan> {
    if (this.down) throw this.down
    const title = context.article.meta.title
    return {
      summary: `Sends “${title}”.`,
      changes: [
        { action: context.record ? 'update' : 'create', target: title, before: null, after: title },
      ],
    }
  }

  async publish(context: PublishContext): Promise<PublicationRecord> {
    this.attempts.push({
      overwrite: context.overwrite,
      key: context.idempotencyKey ?? '',
      record: context.record,
    })
    await context.secret('token')
    if (this.down) throw this.down
    context.progress({ step: 'Sending', done: 1, total: 2 })
    const build = this.builds.shift()
    if (build) context.built?.(build)
    let id = context.record?.remoteId ?? null
    if (id === null) {
      id = String(this.nextId++)
      const record = this.record(context, id, 'published')
      await context.remember?.(record)
    }
    this.posts.set(id, { title: context.article.meta.title, state: 'published' })
    await this.wait(context.signal)
    const failure = this.failures.shift()
    if (failure) throw failure
    return this.record(context, id, 'published')
  }

  async unpublish(context: PublishContext, mode: UnpublishMode): Promise<PublicationRecord> {
    const id = context.record?.remoteId
    if (!id) throw new PublishError('refused', 'Nothing to unpublish.')
    if (mode === 'remove') this.posts.delete(id)
    else this.posts.set(id, { title: context.article.meta.title, state: 'draft' })
    return this.record(context, id, mode === 'remove' ? 'removed' : 'draft')
  }

  private record(
    context: PublishContext,
    id: string,
    state: PublicationRecord['state'],
  ): PublicationRecord {
    return {
      siteId: context.site.id,
      kind: 'webhook',
      state,
      remoteId: id,
      url: `https://news.example.com/${context.article.meta.slug}/`,
      path: null,
      contentHash: context.article.meta.title,
      publishedAt: new Date(0).toISOString(),
      extra: {},
    }
  }

  private async wait(signal: AbortSignal): Promise<void> {
    if (!this.gate) return
    if (signal.aborted) throw new PublishError('offline', 'Stopped.')
    const aborted = new Promise<never>((_, reject) => {
      signal.addEventListener('abort', () => reject(new PublishError('offline', 'Stopped.')))
    })
    await Promise.race([this.gate, aborted])
  }
}
