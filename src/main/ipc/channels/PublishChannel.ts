import type { ChannelService, ParsedInput } from '@shared/ipc/ChannelService'
import type { Services } from '../../createServices'

type In<M extends keyof ChannelService<'publish'>> = ParsedInput<'publish', M>

/** The `publish` channels: checks, plans, jobs and their outbox. */
export class PublishChannel implements ChannelService<'publish'> {
  constructor(private readonly services: Services) {}

  private get publish() {
    return this.services.publish
  }

  sites() {
    return this.publish.sites()
  }

  check({ articleId, siteId }: In<'check'>) {
    return this.publish.check(articleId, siteId)
  }

  plan({ articleId, siteId }: In<'plan'>) {
    return this.publish.plan(articleId, siteId)
  }

  start({ articleId, siteId }: In<'start'>) {
    return this.publish.publish(articleId, siteId)
  }

  unpublish({ articleId, siteId, mode }: In<'unpublish'>) {
    return this.publish.unpublish(articleId, siteId, mode)
  }

  jobs(input: In<'jobs'>) {
    return this.publish.jobs(input?.articleId)
  }

  retry({ jobId }: In<'retry'>) {
    return this.publish.retry(jobId)
  }

  cancel({ jobId }: In<'cancel'>) {
    return this.publish.cancel(jobId)
  }

  resolveConflict({ jobId, choice }: In<'resolveConflict'>) {
    return this.publish.resolveConflict(jobId, choice)
  }

  testConnection({ siteId }: In<'testConnection'>) {
    return this.publish.testConnection(siteId)
  }

  siteTerms({ siteId }: In<'siteTerms'>) {
    return this.publish.siteTerms(siteId)
  }

  records({ articleId }: In<'records'>) {
    return this.publish.records(articleId)
  }

  changes({ articleId }: In<'changes'>) {
    return this.publish.changes(articleId)
  }

  outboxProblems() {
    return this.publish.outboxProblems()
  }
}
