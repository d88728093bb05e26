import type { PublicationRecord } from '@shared/publish/PublicationRecord'
import type { SiteProfile } from '@shared/sites/SiteProfile'

/** The hosts the person gave for a site: its public address and the target's addresses. */
function configuredHosts(site: SiteProfile): Set<string> {
  const addresses = [site.url]
  for (const [key, value] of Object.entries(site.target ?? {})) {
    if (typeof value === 'string' && /url$/i.test(key)) addresses.push(value)
  }
  const hosts = new Set<string>()
  for (const address of addresses) {
    try {
      hosts.add(new URL(address).hostname.toLowerCase())
    } catch {
      // Not an address (empty, or a template such as "{siteUrl}/posts/{slug}/").
    }
  }
  return hosts
}

/**
 * The public address to watch after a publish, or null when there is nothing a visitor could
 * see there: no address, a post only signed-in people see, or an address on a host the person
 * never gave for this site (the site's answer names it, and it is not Copydesk's to visit).
 */
export function liveAddress(site: SiteProfile, record: PublicationRecord): string | null {
  if (record.state !== 'published' || !record.url || record.extra.private === true) return null
  let url: URL
  try {
    url = new URL(record.url)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  return configuredHosts(site).has(url.hostname.toLowerCase()) ? url.toString() : null
}
