import { t } from '@shared/i18n/i18n'
import { slugify } from '@shared/article/slugify'
import { PublishError } from '../PublishError'

/** Values a path or URL template may use, e.g. `_posts/{date}-{slug}.md`. */
export interface TemplateValues {
  slug: string
  /** The post's date, UTC. */
  date: Date
  category: string
  siteUrl: string
  /** An image's content-addressed file name (asset templates only). */
  name?: string
  /**
   * How `{category}` reads in a URL: `slug` (`industry-insights`), or `jekyll`, the way Jekyll
   * builds `:categories` (lower case, spaces and accents percent-encoded: `industry%20insights`).
   */
  categoryStyle?: 'slug' | 'jekyll'
}

/** Jekyll's `:categories`: lower-cased, then `URL.escape_path` (Addressable's encoding). */
function jekyllCategory(category: string): string {
  const lower = category.toLowerCase()
  if (/^[a-zA-Z0-9./-]*$/.test(lower)) return lower
  return encodeURI(lower).replace(/#/g, '%23').replace(/\?/g, '%3F')
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** `{slug}`, `{date}` (YYYY-MM-DD), `{yyyy}`, `{mm}`, `{dd}`, `{category}`, `{name}`, `{siteUrl}`. */
export function expandTemplate(template: string, values: TemplateValues): string {
  const d = values.date
  const parts: Record<string, string> = {
    slug: values.slug,
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    yyyy: String(d.getUTCFullYear()),
    mm: pad(d.getUTCMonth() + 1),
    dd: pad(d.getUTCDate()),
    category:
      values.category === ''
        ? ''
        : values.categoryStyle === 'jekyll'
          ? jekyllCategory(values.category)
          : slugify(values.category),
    siteUrl: values.siteUrl.replace(/\/+$/, ''),
    name: values.name ?? '',
  }
  return template.replace(/\{(\w+)\}/g, (whole, token: string) => parts[token] ?? whole)
}

/** The fixed folder a path template starts with (`content/posts/` for `content/posts/{slug}.md`). */
export function templateFolder(template: string): string {
  const fixed = template.split('{')[0] ?? ''
  return fixed.slice(0, fixed.lastIndexOf('/') + 1)
}

/**
 * Checks an expanded repository path: relative, forward slashes, no `..` or `.git`, no empty
 * or control characters, and inside the template's own folder. Throws for anything else, so
 * no slug, category or edited template can write outside the site's content.
 */
export function safeRepoPath(path: string, template: string, what: 'post' | 'image'): string {
  const folder = templateFolder(template)
  const segments = path.split('/')
  const bad =
    path === '' ||
    path.length > 1000 ||
    path.startsWith('/') ||
    /^[a-zA-Z]:/.test(path) ||
    path.includes('\\') ||
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
    /[\u0000-\u001f\u007f]/.test(path) ||
    /\{\w+\}/.test(path) ||
    segments.some((s) => s === '' || s === '.' || s === '..' || s.toLowerCase() === '.git') ||
    !path.startsWith(folder)
  if (bad) {
    throw new PublishError(
      'refused',
      t(what === 'post' ? 'targetsMain.git.unsafePostPath' : 'targetsMain.git.unsafeImagePath', {
        path: path.slice(0, 200),
      }),
    )
  }
  return path
}

/** A public URL with no doubled slashes where an empty value (no category) left a gap. */
export function expandUrl(template: string, values: TemplateValues): string {
  const url = expandTemplate(template, values)
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url)?.[0] ?? ''
  return scheme + url.slice(scheme.length).replace(/\/{2,}/g, '/')
}
