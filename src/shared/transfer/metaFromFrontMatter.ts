import type { ArticleMetaPatch } from '../article/Article'
import { slugify } from '../article/slugify'

/** The first of these keys that a file sets wins (Hugo, Jekyll, Astro, Eleventy, WordPress). */
const KEYS = {
  title: ['title'],
  slug: ['slug'],
  date: ['date', 'publishDate', 'pubDate', 'published_at'],
  category: ['category', 'categories'],
  tags: ['tags', 'keywords'],
  excerpt: ['excerpt', 'description', 'summary'],
  author: ['author'],
} as const

function pick(data: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) if (data[key] !== undefined && data[key] !== null) return data[key]
  return undefined
}

/** Strings from a string, a comma-separated string or a list of strings. */
function strings(value: unknown): string[] {
  const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : []
  return items
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .map((v) => String(v).trim())
    .filter((v) => v !== '')
}

function text(value: unknown, max: number): string | undefined {
  if (typeof value === 'number') return String(value)
  return typeof value === 'string' ? value.trim().slice(0, max) : undefined
}

/** An ISO date-time from a YAML/TOML date, a date string or a timestamp; undefined otherwise. */
function isoDate(value: unknown): string | undefined {
  const date =
    value instanceof Date
      ? value
      : typeof value === 'string' || typeof value === 'number'
        ? new Date(value)
        : null
  if (date === null || Number.isNaN(date.getTime())) return undefined
  return date.toISOString()
}

/**
 * The article details a file's front matter states: title, slug, date, category (the first of
 * `categories`), tags, excerpt (or `description`, `summary`) and author. Keys it does not know,
 * and values of the wrong shape, are left out rather than guessed.
 */
export function metaFromFrontMatter(data: Record<string, unknown>): ArticleMetaPatch {
  const meta: ArticleMetaPatch = {}
  const title = text(pick(data, KEYS.title), 1000)
  if (title) meta.title = title
  const slugText = text(pick(data, KEYS.slug), 200)
  const slug = slugText ? slugify(slugText) : ''
  if (slug) {
    meta.slug = slug
    meta.slugLocked = true
  }
  const date = isoDate(pick(data, KEYS.date))
  if (date) meta.publishDate = date
  const category = strings(pick(data, KEYS.category))[0]
  if (category) meta.category = category.slice(0, 200)
  const tags = [...new Set(strings(pick(data, KEYS.tags)).map((t) => t.slice(0, 100)))]
  if (tags.length > 0) meta.tags = tags.slice(0, 100)
  const excerpt = text(pick(data, KEYS.excerpt), 5000)
  if (excerpt) meta.excerpt = excerpt
  const author = text(pick(data, KEYS.author), 200)
  if (author) meta.author = author
  return meta
}
