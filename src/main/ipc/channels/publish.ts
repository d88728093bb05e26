import type { Services } from '../../createServices'
import type { ChannelImplementations } from '../implementChannels'

/** Publishing: checks, plans, jobs and their outbox. */
export function implementPublish(services: Services): ChannelImplementations['publish'] {
  const publish = services.publish
  return {
    sites: () => publish.sites(),
    check: ({ articleId, siteId }) => publish.check(articleId, siteId),
    plan: ({ articleId, siteId }) => publish.plan(articleId, siteId),
    start: ({ articleId, siteId }) => publish.publish(articleId, siteId),
    unpublish: ({ articleId, siteId, mode }) => publish.unpublish(articleId, siteId, mode),
    jobs: (input) => publish.jobs(input?.articleId),
    retry: ({ jobId }) => publish.retry(jobId),
    cancel: ({ jobId }) => publish.cancel(jobId),
    resolveConflict: ({ jobId, choice }) => publish.resolveConflict(jobId, choice),
    testConnection: ({ siteId }) => publish.testConnection(siteId),
    siteTerms: ({ siteId }) => publish.siteTerms(siteId),
    outboxProblems: () => publish.outboxProblems(),
    changes: ({ articleId }) => publish.changes(articleId),
    records: ({ articleId }) => publish.records(articleId),
  }
}
