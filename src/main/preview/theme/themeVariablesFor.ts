import { formatDate } from '@shared/format/localeFormat'
import type { ArticleMeta, DocNode } from '@shared/article/Article'
import { countWords } from '@shared/article/countWords'
import { docText } from '@shared/article/docText'
import { readingMinutes } from '@shared/article/readingMinutes'
import { slugify } from '@shared/article/slugify'
import type { ThemeImage, ThemeLink, ThemeVariables } from './ThemeVariables'

/** The site a page is rendered for; the built-in preview uses a generic one. */
export interface ThemeSite {
  name: string
  url: string
  navigation: ThemeLink[]
}

export interface ThemeVariablesInput {
  meta: ArticleMeta
  doc: DocNode
  site: ThemeSite
  /** The sanitized body HTML (or a stand-in that is swapped for it later). */
  content: string
  themeUrl: string
  /** URL of the featured image, already mapped like the body's images; null drops it. */
  imageUrl: (src: string) => string | null
  now: Date
}

/** The variables a theme template sees, as documented in docs/themes.md. */
export function themeVariablesFor(input: ThemeVariablesInput): ThemeVariables {
  const { meta, site } = input
  const featuredUrl = meta.featuredImage ? input.imageUrl(meta.featuredImage.src) : null
  const featured: ThemeImage | null =
    meta.featuredImage && featuredUrl ? { url: featuredUrl, alt: meta.featuredImage.alt } : null
  const date = validDate(meta.publishDate) ?? input.now
  const category = meta.category.trim()
  const home = site.url || '/'
  const breadcrumb: ThemeLink[] = [{ label: 'Home', url: home }]
  if (category) breadcrumb.push({ label: category, url: categoryUrl(home, category) })
  return {
    site,
    article: {
      title: meta.title,
      slug: meta.slug,
      excerpt: meta.excerpt,
      author: meta.author,
      date: date.toISOString(),
      date_formatted: formatDate(date),
      category,
      tags: meta.tags,
      featured_image: featured,
      seo_title: meta.seoTitle,
      seo_description: meta.seoDescription,
      reading_minutes: minutesToRead(input.doc),
    },
    content: input.content,
    category,
    breadcrumb,
    tags: meta.tags,
    featured_image: featured,
    theme_url: input.themeUrl,
  }
}

function validDate(iso: string | null): Date | null {
  if (!iso) return null
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : date
}

function categoryUrl(home: string, category: string): string {
  return `${home.endsWith('/') ? home : `${home}/`}category/${slugify(category)}/`
}

function minutesToRead(doc: DocNode): number {
  return Math.max(1, readingMinutes(countWords(docText(doc))))
}
