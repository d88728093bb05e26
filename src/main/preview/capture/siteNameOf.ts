import type { CheerioAPI } from 'cheerio'

/**
 * The site's name as the page states it: og:site_name, application-name, the last part of a
 * "Title | Site" window title, or else the host name.
 */
export function siteNameOf($: CheerioAPI, url: URL): string {
  const meta =
    $('meta[property="og:site_name"]').attr('content') ??
    $('meta[name="application-name"]').attr('content')
  if (meta?.trim()) return meta.trim()
  const title = $('title').first().text().trim()
  const parts = title.split(/\s+[|–—·-]\s+/)
  if (parts.length > 1) return (parts.at(-1) ?? title).trim()
  return url.hostname
}
