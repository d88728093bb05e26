import { t } from '@shared/i18n/i18n'
import type { ArticleMetaPatch } from '@shared/article/Article'
import type { SitePostPage, SitePostType } from '@shared/ipc/channels/sitePosts'
import type { PublicationRecord } from '@shared/publish/Publish'
import type { SitePost } from '../../sitePosts/SitePostSource'
import { PublishError } from '../PublishError'
import { foreignBlocks } from './wordpressBlocks'
import { loginRejected, WordPressApiError } from './wordpressError'
import type { WordPressClient } from './WordPressClient'
import { decodeTermName } from './wordpressTerms'
import type { WordPressExtra } from './wordpressRecord'

const PER_PAGE = 20
const LISTED_STATUSES = 'publish,future,draft,pending,private'

interface Rendered {
  raw?: string
  rendered?: string
}

interface ListedPost {
  id: number
  title?: Rendered
  date_gmt?: string | null
  date?: string | null
  status: string
  author?: number
}

interface FullPost extends ListedPost {
  link: string
  slug: string
  modified_gmt?: string
  content?: Rendered
  excerpt?: Rendered
  categories?: number[]
  tags?: number[]
  featured_media?: number
}

/** The REST collection of a type: `posts` or `pages`. */
export function wordPressCollection(type: SitePostType): 'posts' | 'pages' {
  return type === 'page' ? 'pages' : 'posts'
}

const textOf = (value: Rendered | undefined) => value?.raw ?? decodeTermName(value?.rendered ?? '')

/** WordPress dates in UTC without a zone; `0000-…` or null for a draft never dated. */
function utcDate(value: string | null | undefined): string | null {
  if (!value || value.startsWith('0000')) return null
  const date = new Date(`${value}Z`)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

async function authorNames(client: WordPressClient, ids: number[]): Promise<Map<number, string>> {
  const names = new Map<number, string>()
  if (ids.length === 0) return names
  try {
    const { data } = await client.get<{ id: number; name: string }[]>('/wp/v2/users', {
      action: 'listUsers',
      query: { include: ids.join(','), per_page: 100, _fields: 'id,name' },
    })
    for (const user of data) names.set(user.id, decodeTermName(user.name))
  } catch {
    // Authors are a courtesy in the list: a site that hides its users still lists its posts.
  }
  return names
}

/**
 * WordPress reads a request whose password it did not take as a visitor's, and a visitor may
 * not ask for drafts: that refusal means the sign-in failed.
 */
function notSignedIn(error: unknown): PublishError | null {
  const refusedStatus =
    error instanceof WordPressApiError &&
    error.status === 400 &&
    error.code === 'rest_invalid_param' &&
    error.detail.includes('status')
  return refusedStatus ? new PublishError('auth', loginRejected()) : null
}

/** One page of a site's posts or pages, newest first, with their authors' names. */
export async function listWordPressPosts(
  client: WordPressClient,
  query: { type: SitePostType; search: string; page: number },
): Promise<SitePostPage> {
  const { data, headers } = await client
    .get<ListedPost[]>(`/wp/v2/${wordPressCollection(query.type)}`, {
      action: 'readPosts',
      query: {
        context: 'edit',
        status: LISTED_STATUSES,
        per_page: PER_PAGE,
        page: query.page,
        search: query.search || undefined,
        _fields: 'id,title,date_gmt,date,status,author',
      },
    })
    .catch((error: unknown) => {
      throw notSignedIn(error) ?? error
    })
  const authors = await authorNames(client, [
    ...new Set(data.map((p) => p.author).filter((a): a is number => typeof a === 'number')),
  ])
  const pages = Number(headers.get('x-wp-totalpages') ?? '1')
  return {
    items: data.map((post) => ({
      id: String(post.id),
      title: textOf(post.title),
      date: utcDate(post.date_gmt) ?? (post.date ? post.date : null),
      status: post.status,
      author: (post.author !== undefined && authors.get(post.author)) || '',
    })),
    hasMore: query.page < pages,
  }
}

async function termNames(
  client: WordPressClient,
  taxonomy: 'categories' | 'tags',
  ids: number[],
): Promise<Record<string, number>> {
  if (ids.length === 0) return {}
  const { data } = await client.get<{ id: number; name: string }[]>(`/wp/v2/${taxonomy}`, {
    action: 'readTerms',
    query: { include: ids.join(','), per_page: 100, _fields: 'id,name' },
  })
  const byId = new Map(data.map((term) => [term.id, decodeTermName(term.name)]))
  // In the post's own order: its first category becomes the article's.
  return Object.fromEntries(
    ids.flatMap((id) => (byId.has(id) ? [[byId.get(id) as string, id] as const] : [])),
  )
}

async function featuredMedia(
  client: WordPressClient,
  id: number | undefined,
): Promise<{ id: number; url: string; alt: string } | null> {
  if (!id) return null
  try {
    const { data } = await client.get<{ source_url?: string; alt_text?: string }>(
      `/wp/v2/media/${id}`,
      { action: 'readMedia', query: { _fields: 'source_url,alt_text' } },
    )
    return data.source_url ? { id, url: data.source_url, alt: data.alt_text ?? '' } : null
  } catch {
    return null
  }
}

const RECORD_STATE: Record<string, PublicationRecord['state']> = {
  publish: 'published',
  private: 'published',
  future: 'scheduled',
}

/** A post or page with its raw body, its terms by name and its featured image. */
export async function readWordPressPost(
  client: WordPressClient,
  ref: { type: SitePostType; postId: string },
  siteId: string,
  now: Date,
): Promise<SitePost> {
  const collection = wordPressCollection(ref.type)
  const id = encodeURIComponent(ref.postId)
  const { data: post } = await client.get<FullPost>(`/wp/v2/${collection}/${id}`, {
    action: 'readPosts',
    query: { context: 'edit' },
  })
  const categories = await termNames(client, 'categories', post.categories ?? [])
  const tags = await termNames(client, 'tags', post.tags ?? [])
  const featured = await featuredMedia(client, post.featured_media)
  const raw = post.content?.raw ?? ''
  const date = utcDate(post.date_gmt)
  const meta: ArticleMetaPatch = {
    title: textOf(post.title),
    slug: post.slug,
    slugLocked: post.slug !== '',
    excerpt: post.excerpt?.raw ?? '',
    category: Object.keys(categories)[0] ?? '',
    tags: Object.keys(tags),
    ...(date && post.status !== 'draft' ? { publishDate: date } : {}),
    ...(featured ? { featuredImage: { src: featured.url, alt: featured.alt } } : {}),
  }
  const extra: WordPressExtra = {
    restRoot: client.root,
    media: {},
    categories,
    tags,
    modifiedGmt: post.modified_gmt ?? null,
    private: post.status === 'private',
    // The alt text the featured image already has on the site: nothing to send for it.
    featuredAlt: featured ? { id: featured.id, alt: featured.alt } : null,
    opened: {
      bodyHash: '',
      collection,
      featured: featured ? { id: featured.id, url: featured.url } : null,
    },
  }
  const blocks = foreignBlocks(raw)
  return {
    meta,
    body: { format: 'html', text: raw },
    record: {
      siteId,
      kind: 'wordpress',
      state: RECORD_STATE[post.status] ?? 'draft',
      remoteId: String(post.id),
      url: post.link,
      path: null,
      contentHash: '',
      publishedAt: now.toISOString(),
      extra,
    },
    notes:
      blocks.length > 0
        ? [t('targetsMain.wordpress.foreignBlocksNote', { blocks: blocks.join(', ') })]
        : [],
  }
}
