import { KeyedMutex } from '../library/KeyedMutex'
import type { SitePostSource } from '../sitePosts/SitePostSource'
import type { PublishTarget } from './PublishTarget'

/**
 * Runs a target's work one call at a time per site. The git target keeps one cached
 * repository per site; two articles publishing to the same site at once must not share it.
 * It implements every member of `PublishTarget` (none is optional), so none can be dropped.
 */
export function serializePerSite(
  target: PublishTarget,
  mutex: KeyedMutex = new KeyedMutex(),
): PublishTarget {
  return {
    testConnection: (site, secret) => mutex.run(site.id, () => target.testConnection(site, secret)),
    check: (context) => mutex.run(context.site.id, () => target.check(context)),
    plan: (context) => mutex.run(context.site.id, () => target.plan(context)),
    publish: (context) => mutex.run(context.site.id, () => target.publish(context)),
    unpublish: (context, mode) => mutex.run(context.site.id, () => target.unpublish(context, mode)),
    terms: (site, secret) => mutex.run(site.id, () => target.terms(site, secret)),
  }
}

/** The same lock for browsing a site's posts: reading them uses the same cached repository. */
export function serializeSitePosts(source: SitePostSource, mutex: KeyedMutex): SitePostSource {
  return {
    listPosts: (site, secret, query) =>
      mutex.run(site.id, () => source.listPosts(site, secret, query)),
    readPost: (site, secret, ref) => mutex.run(site.id, () => source.readPost(site, secret, ref)),
  }
}
