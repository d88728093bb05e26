import { formatNumber } from '@shared/format/localeFormat'
import { t } from '@shared/i18n/i18n'
import type { ArticleMetaPatch } from '@shared/article/Article'
import { slugify } from '@shared/article/slugify'
import type { ImportSkip } from '@shared/transfer/ImportedArticle'
import type { Wxr, WxrItem } from './parseWxr'

/** A post or page of an export, with its body still HTML (the window converts it). */
export interface WxrPost {
  sourceName: string
  meta: ArticleMetaPatch
  html: string
  /** The featured image's address, downloaded on import when it can be reached. */
  featuredImageUrl: string | null
}

/** What an export holds for the library, and what it leaves out and why. */
export interface WxrPosts {
  posts: WxrPost[]
  skipped: ImportSkip[]
  notes: string[]
}

const IMPORTED_TYPES = new Set(['post', 'page'])
const LEFT_OUT_STATUSES: Record<string, 'trash' | 'autoDraft' | 'revision'> = {
  trash: 'trash',
  'auto-draft': 'autoDraft',
  inherit: 'revision',
}

/** `2024-05-01 09:30:00` (GMT, as WordPress writes it) or an RFC 822 date, as ISO; else null. */
function isoDate(written: string): string | null {
  const gmt = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(written)
  const date = new Date(gmt ? `${gmt[1]}T${gmt[2]}Z` : written)
  return written === '' || Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** WordPress stores non-latin slugs percent-encoded. */
function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug)
  } catch {
    return slug
  }
}

function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function describe(item: WxrItem): string {
  const title = item.title.trim() || t('libraryMain.untitled')
  const type = item.type || t('importMain.wxrItemType')
  return t('importMain.wxrItem', { title, type, id: item.id })
}

function metaOf(item: WxrItem, authors: Map<string, string>): ArticleMetaPatch {
  const title = item.title.trim() || t('libraryMain.untitled')
  const meta: ArticleMetaPatch = { title: title.slice(0, 1000) }
  const slug = item.slug.trim() ? slugify(decodeSlug(item.slug)) : ''
  if (slug) Object.assign(meta, { slug, slugLocked: true })
  const date = isoDate(item.date)
  if (date) meta.publishDate = date
  const [category] = item.categories
  if (category) meta.category = category.slice(0, 200)
  const tags = [...new Set(item.tags.map((t) => t.slice(0, 100)))].slice(0, 100)
  if (tags.length > 0) meta.tags = tags
  const excerpt = plainText(item.excerpt).slice(0, 5000)
  if (excerpt) meta.excerpt = excerpt
  const author = authors.get(item.creator) ?? item.creator
  if (author) meta.author = author.slice(0, 200)
  return meta
}

/**
 * The posts and pages of an export (published, drafts, pending, private and scheduled ones
 * alike) with their details: title, slug, date, first category, tags, excerpt, author's display
 * name and featured image. Everything else is listed as skipped with the reason.
 */
export function wxrPosts(wxr: Wxr): WxrPosts {
  const attachments = new Map<string, string>()
  for (const item of wxr.items) {
    if (item.type === 'attachment' && item.attachmentUrl)
      attachments.set(item.id, item.attachmentUrl)
  }
  const result: WxrPosts = { posts: [], skipped: [], notes: [] }
  for (const item of wxr.items) {
    if (item.type === 'attachment') continue
    const leftOut = LEFT_OUT_STATUSES[item.status]
    if (!IMPORTED_TYPES.has(item.type)) {
      const reason = t('importMain.wxrSkipped.notPostOrPage')
      result.skipped.push({ sourceName: describe(item), reason })
    } else if (leftOut) {
      const reason = t(`importMain.wxrSkipped.${leftOut}`)
      result.skipped.push({ sourceName: describe(item), reason })
    } else {
      result.posts.push({
        sourceName: describe(item),
        meta: metaOf(item, wxr.authors),
        html: item.content,
        featuredImageUrl: attachments.get(item.thumbnailId) ?? null,
      })
    }
  }
  if (attachments.size > 0) {
    result.notes.push(
      t('importMain.wxrMediaRead', {
        count: attachments.size,
        formatted: formatNumber(attachments.size),
      }),
    )
  }
  return result
}
