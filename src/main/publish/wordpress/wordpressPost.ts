import type { WordPressClient } from './WordPressClient'

/** The fields Copydesk reads back from a post. */
export interface WordPressPost {
  id: number
  link: string
  slug: string
  status: string
  /** Last change on the site, in UTC without a zone (`2026-01-05T10:00:00`). */
  modified_gmt?: string
  content?: { raw?: string }
  title?: { raw?: string }
  excerpt?: { raw?: string }
  date_gmt?: string | null
  categories?: number[]
  tags?: number[]
  featured_media?: number
  author?: number
}

/** Statuses a post of ours can be in, short of the trash. */
const LIVE_STATUSES = 'publish,future,draft,pending,private'
const POST_FIELDS = 'id,link,slug,status,content,modified_gmt'
/** What an Update of an opened post compares, to send only the fields that changed. */
const FULL_FIELDS = `${POST_FIELDS},title,excerpt,date_gmt,categories,tags,featured_media,author`

/**
 * A marker that ties a post to its article, as an HTML comment at the end of the body (core
 * WordPress exposes no writable post meta over REST, but keeps comments in the content, where
 * search also finds them).
 */
export function publishToken(articleId: string): string {
  return `copydesk-article-${articleId}`
}

export function withToken(html: string, articleId: string): string {
  return `${html}\n<!-- ${publishToken(articleId)} -->`
}

/** The body as the writer sent it, without the marker. */
export function withoutToken(html: string): string {
  return html.replace(/\n?<!-- copydesk-article-[a-z0-9-]+ -->\s*$/, '')
}

const carriesToken = (post: WordPressPost, token: string) =>
  post.content?.raw?.includes(token) ?? false

/**
 * The post an earlier attempt created for this article, if any: by slug first, then by the
 * token in its body (the slug may have changed, or WordPress may have suffixed it).
 */
export async function findOwnPost(
  client: WordPressClient,
  articleId: string,
  slug: string,
): Promise<WordPressPost | null> {
  const token = publishToken(articleId)
  const lookups: Record<string, string>[] = [{ slug }, { search: token }]
  for (const lookup of lookups) {
    if (Object.values(lookup).some((value) => !value)) continue
    const { data } = await client.get<WordPressPost[]>('/wp/v2/posts', {
      action: 'readPosts',
      query: { ...lookup, status: LIVE_STATUSES, context: 'edit', _fields: POST_FIELDS },
    })
    const own = data.find((post) => carriesToken(post, token))
    if (own) return own
  }
  return null
}

/** Reads one post with its raw body, or null when it is gone. */
export async function readPost(
  client: WordPressClient,
  id: string,
  collection: 'posts' | 'pages' = 'posts',
): Promise<WordPressPost | null> {
  try {
    const { data } = await client.get<WordPressPost>(`/wp/v2/${collection}/${id}`, {
      action: 'readPosts',
      query: { context: 'edit', _fields: FULL_FIELDS },
    })
    return data
  } catch (error) {
    if ((error as { kind?: unknown }).kind === 'not-found') return null
    throw error
  }
}
