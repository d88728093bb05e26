import { t } from '@shared/i18n/i18n'
import type { Article } from '@shared/article/Article'
import { openedBodyHash } from '../../sitePosts/openedBodyHash'
import { PublishError } from '../PublishError'
import type { WordPressClient } from './WordPressClient'
import { readPost, type WordPressPost } from './wordpressPost'
import type { WordPressExtra } from './wordpressRecord'

/** The post fields Copydesk sets, as the target computes them from the article. */
export interface PostFields {
  title: string
  content: string
  excerpt: string
  slug: string
  status: 'publish' | 'future' | 'draft'
  date_gmt?: string
  categories: number[]
  tags: number[]
  featured_media: number
  /** The site's user the article's author names; left out when none matches. */
  author?: number
}

type Opened = NonNullable<WordPressExtra['opened']>

const sameSet = (a: number[], b: number[]) =>
  a.length === b.length && a.every((id) => b.includes(id))

/**
 * What an Update of a post opened from the site changes: only the fields the article changed.
 * The body goes only when it renders differently from what was opened (or last sent), so the
 * site's own markup (block comments, embeds) stays byte for byte; the status stays the site's;
 * a post with several categories keeps them while the article's category is one of them.
 */
export function openedPostPatch(
  fields: PostFields,
  html: string,
  live: WordPressPost,
  opened: Opened,
  article: Article,
): Partial<PostFields> {
  const patch: Partial<PostFields> = {}
  if (fields.title !== (live.title?.raw ?? '')) patch.title = fields.title
  if (openedBodyHash(html) !== opened.bodyHash) patch.content = html
  if (fields.excerpt !== (live.excerpt?.raw ?? '')) patch.excerpt = fields.excerpt
  if (fields.slug !== live.slug) patch.slug = fields.slug
  if (fields.date_gmt !== undefined && fields.date_gmt !== live.date_gmt) {
    patch.date_gmt = fields.date_gmt
  }
  const liveCategories = live.categories ?? []
  const keepsCategory = fields.categories.every((id) => liveCategories.includes(id))
  if (live.categories && fields.categories.length > 0 && !keepsCategory) {
    patch.categories = fields.categories
  }
  if (live.tags && !sameSet(fields.tags, live.tags)) patch.tags = fields.tags
  if (fields.author !== undefined && fields.author !== live.author) patch.author = fields.author
  const featured = article.meta.featuredImage
  const sameFeatured = opened.featured !== null && featured?.src === opened.featured.url
  const featuredId = sameFeatured ? (opened.featured?.id ?? 0) : fields.featured_media
  if (featuredId !== (live.featured_media ?? 0)) patch.featured_media = featuredId
  return patch
}

/**
 * Updates a post opened from the site. Refuses, with both versions, when the post was changed
 * on the site since it was opened or last updated from here (unless the person chose to
 * overwrite); sends nothing when nothing changed.
 */
export async function updateOpenedPost(
  client: WordPressClient,
  remoteId: string,
  extra: WordPressExtra & { opened: Opened },
  input: { fields: PostFields; html: string; article: Article; overwrite: boolean },
): Promise<WordPressPost> {
  const { collection } = extra.opened
  const live = await readPost(client, remoteId, collection)
  if (!live || live.status === 'trash') {
    throw new PublishError('refused', t('targetsMain.wordpress.deletedSinceOpened'))
  }
  const changedThere =
    extra.modifiedGmt !== null &&
    live.modified_gmt !== undefined &&
    live.modified_gmt !== extra.modifiedGmt
  if (changedThere && !input.overwrite) {
    throw new PublishError('conflict', t('targetsMain.wordpress.changedSinceOpened'), {
      conflict: { ours: input.html, theirs: live.content?.raw ?? '' },
    })
  }
  const patch = openedPostPatch(input.fields, input.html, live, extra.opened, input.article)
  if (Object.keys(patch).length === 0) return live
  const { data } = await client.post<WordPressPost>(`/wp/v2/${collection}/${live.id}`, {
    action: 'editPosts',
    json: patch,
  })
  return data
}
