import { slugify } from '@shared/article/slugify'

/**
 * The site's address for a category, learned from a link to one: `/topics/industry-insights/`
 * for "Industry Insights" gives `/topics/{slug}/`. Null when the link does not hold the
 * category's slug (then the app's own address is used).
 */
export function learnCategoryLink(href: string, label: string, page: URL): string | null {
  const slug = slugify(label.trim())
  if (slug === '' || href === '') return null
  let url: URL
  try {
    url = new URL(href, page)
  } catch {
    return null
  }
  if (url.origin !== page.origin) return null
  const path = decodeURIComponent(url.pathname)
  const at = path.toLowerCase().lastIndexOf(slug)
  if (
    at < 0 ||
    path
      .slice(at + slug.length)
      .replace(/\/$/, '')
      .includes('/')
  )
    return null
  return `${path.slice(0, at)}{slug}${path.slice(at + slug.length)}`
}
