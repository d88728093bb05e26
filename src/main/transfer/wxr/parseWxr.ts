import { t } from '@shared/i18n/i18n'
import { formatNumber } from '@shared/format/localeFormat'
import { SaxesParser } from 'saxes'
import { AppError } from '../../errors/AppError'

/** One `<item>` of a WordPress export, as written: a post, page, attachment or anything else. */
export interface WxrItem {
  id: string
  type: string
  status: string
  title: string
  slug: string
  /** `wp:post_date_gmt` (or `pubDate`) as written. */
  date: string
  creator: string
  content: string
  excerpt: string
  categories: string[]
  tags: string[]
  /** `_thumbnail_id` from the post meta: the attachment that is the featured image. */
  thumbnailId: string
  /** For attachments: the file's address. */
  attachmentUrl: string
}

/** A WordPress export: authors by login, and every item in order. */
export interface Wxr {
  authors: Map<string, string>
  items: WxrItem[]
}

/** Most items one export may hold; a bigger site is exported in parts from WordPress. */
export const MAX_WXR_ITEMS = 20_000

function emptyItem(): WxrItem {
  return {
    id: '',
    type: '',
    status: '',
    title: '',
    slug: '',
    date: '',
    creator: '',
    content: '',
    excerpt: '',
    categories: [],
    tags: [],
    thumbnailId: '',
    attachmentUrl: '',
  }
}

const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  'wp:post_id': 'id',
  'wp:post_type': 'type',
  'wp:status': 'status',
  title: 'title',
  'wp:post_name': 'slug',
  'dc:creator': 'creator',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:attachment_url': 'attachmentUrl',
}

/**
 * Reads a WordPress export (WXR, the XML from Tools → Export) without a DOM: a streaming parser
 * that expands no entities beyond XML's own and fetches nothing. Throws AppError('refused')
 * with the line of the first error for broken XML, and for a file that is no WordPress export.
 */
export function parseWxr(xml: string, fileName: string): Wxr {
  const parser = new SaxesParser({ xmlns: false })
  const authors = new Map<string, string>()
  const items: WxrItem[] = []
  const path: string[] = []
  let text = ''
  let item: WxrItem | null = null
  let author: { login: string; name: string } | null = null
  let category: { domain: string } | null = null
  let meta: { key: string; value: string } | null = null
  let sawChannel = false

  parser.on('opentag', (tag) => {
    path.push(tag.name)
    text = ''
    if (tag.name === 'channel') sawChannel = true
    else if (tag.name === 'item') item = emptyItem()
    else if (tag.name === 'wp:author') author = { login: '', name: '' }
    else if (tag.name === 'category' && item)
      category = { domain: String(tag.attributes.domain ?? '') }
    else if (tag.name === 'wp:postmeta') meta = { key: '', value: '' }
  })
  parser.on('text', (chunk) => {
    text += chunk
  })
  parser.on('cdata', (chunk) => {
    text += chunk
  })
  parser.on('closetag', (tag) => {
    path.pop()
    const value = text
    text = ''
    if (author) {
      if (tag.name === 'wp:author_login') author.login = value.trim()
      else if (tag.name === 'wp:author_display_name') author.name = value.trim()
      else if (tag.name === 'wp:author') {
        if (author.login) authors.set(author.login, author.name || author.login)
        author = null
      }
      return
    }
    if (!item) return
    if (meta) {
      if (tag.name === 'wp:meta_key') meta.key = value.trim()
      else if (tag.name === 'wp:meta_value') meta.value = value.trim()
      else if (tag.name === 'wp:postmeta') {
        if (meta.key === '_thumbnail_id') item.thumbnailId = meta.value
        meta = null
      }
      return
    }
    if (tag.name === 'category' && category) {
      const name = value.trim()
      if (name && category.domain === 'category') item.categories.push(name)
      if (name && category.domain === 'post_tag') item.tags.push(name)
      category = null
    } else if (tag.name === 'wp:post_date_gmt' || (tag.name === 'pubDate' && !item.date)) {
      if (value.trim() && !value.startsWith('0000')) item.date = value.trim()
    } else if (tag.name === 'item') {
      items.push(item)
      item = null
      if (items.length > MAX_WXR_ITEMS) {
        throw new AppError(
          'refused',
          t('importMain.wxrTooManyItems', { file: fileName, limit: formatNumber(MAX_WXR_ITEMS) }),
        )
      }
    } else {
      const field = ITEM_FIELDS[tag.name]
      if (field && path[path.length - 1] === 'item') {
        ;(item as unknown as Record<string, string>)[field] = value
      }
    }
  })
  try {
    parser.write(xml).close()
  } catch (error) {
    if (error instanceof AppError) throw error
    const where = /^(?:[^:]*:)?(\d+):(\d+):/.exec(error instanceof Error ? error.message : '')
    throw new AppError(
      'refused',
      where
        ? t('importMain.wxrBrokenAt', { file: fileName, line: where[1] })
        : t('importMain.wxrBroken', { file: fileName }),
      { cause: error },
    )
  }
  if (!sawChannel) {
    throw new AppError('refused', t('importMain.wxrNoChannel', { file: fileName }))
  }
  return { authors, items }
}
