import { KeyedMutex } from '../library/KeyedMutex'
import type { PublishTarget } from './PublishTarget'

/**
 * Runs a target's work one call at a time per site. The git target keeps one cached
 * repository per site; two articles publishing to the same site at once must not share it.
 * It implements every member of `PublishTarget` (none is optional), so none can be dropped.
 */
export function serializePerSite(target: PublishTarget): PublishTarget {
  const mutex = new KeyedMutex()
  return {
    testConnection: (site, secret) => mutex.run(site.id, () => target.testConnection(site, secret)),
    check: (context) => mutex.run(context.site.id, () => target.check(context)),
    plan: (context) => mutex.run(context.site.id, () => target.plan(context)),
    publish: (context) => mutex.run(context.site.id, () => target.publish(context)),
    unpublish: (context, mode) => mutex.run(context.site.id, () => target.unpublish(context, mode)),
    terms: (site, secret) => mutex.run(site.id, () => target.terms(site, secret)),
  }
}
