import type { CheerioAPI } from 'cheerio'

/** theme.json allows 200 characters; a theme picker shows far fewer. */
const MAX_NAME = 120

/**
 * The site's name as the page states it: og:site_name, application-name, the last part of a
 * "Title | Site" window title, or else the host name.
 */
export function siteNameOf($: CheerioAPI, url: URL): string {
  const name = statedName($) ?? url.hostname
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name
}

function statedName($: CheerioAPI): string | null {
  const meta =
    $('meta[property="og:site_name"]').attr('content') ??
    $('meta[name="application-name"]').attr('content')
  if (meta?.trim()) return meta.trim()
  const title = $('title').first().text().trim()
  const parts = title.split(/\s+[|–—·-]\s+/)
  if (parts.length > 1) return (parts.at(-1) ?? title).trim() || null
  return null
}
