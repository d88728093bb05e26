import { t } from '@shared/i18n/i18n'
import type { ArticleMetaPatch } from '@shared/article/Article'
import type { SitePostPage, SitePostType } from '@shared/ipc/channels/sitePosts'
import type { PublicationRecord } from '@shared/publish/Publish'
import type { SitePost } from '../../sitePosts/SitePostSource'
import { PublishError } from '../PublishError'
import type { GhostClient, GhostCollection, GhostPost } from './GhostClient'
import type { GhostExtra } from './ghostExtra'
import { ghostRemoteHash } from './ghostRemoteHash'

const PER_PAGE = 20

/** The Admin API collection of a type: `posts` or `pages`. */
export function ghostCollection(type: SitePostType): GhostCollection {
  return type === 'page' ? 'pages' : 'posts'
}

/** Internal tags (`#…`) organise posts for integrations; they never show on the site. */
export const isInternalTag = (name: string): boolean => name.startsWith('#')

/** Words as an NQL string literal: quotes and backslashes escaped. */
function nqlString(words: string): string {
  return `'${words.replace(/[\\']/g, (c) => `\\${c}`)}'`
}

/**
 * One page of a site's posts or pages with their authors, in the order Ghost's own list shows
 * them: scheduled first, then drafts (last edited first), then published, newest first. A draft
 * is dated by its last edit, as WordPress dates its drafts.
 */
export async function listGhostPosts(
  client: GhostClient,
  query: { type: SitePostType; search: string; page: number },
): Promise<SitePostPage> {
  const { posts, hasMore } = await client.browse(ghostCollection(query.type), {
    page: query.page,
    limit: PER_PAGE,
    // `~` is NQL's "contains", case-insensitive on SQLite and MySQL alike.
    filter: query.search ? `title:~${nqlString(query.search)}` : undefined,
    fields: 'id,title,status,published_at,updated_at',
  })
  return {
    items: posts.map((post) => ({
      id: post.id,
      title: post.title ?? '',
      date: (post.status === 'draft' ? post.updated_at : post.published_at) ?? null,
      status: post.status,
      author: post.authors?.[0]?.name ?? '',
    })),
    hasMore,
  }
}

const RECORD_STATE: Record<string, PublicationRecord['state']> = {
  published: 'published',
  sent: 'published',
  scheduled: 'scheduled',
}

/**
 * A post or page with its body as Ghost renders it to HTML (Ghost stores Lexical, which only
 * Ghost's editor reads), its public tags in order (the first is the primary one) and its
 * feature image.
 */
export async function readGhostPost(
  client: GhostClient,
  ref: { type: SitePostType; postId: string },
  siteId: string,
  now: Date,
): Promise<SitePost> {
  const collection = ghostCollection(ref.type)
  const post = await client.getPost(ref.postId, collection)
  if (!post) {
    throw new PublishError(
      'not-found',
      ref.type === 'page' ? t('targetsMain.ghost.pageGone') : t('targetsMain.ghost.postGone'),
    )
  }
  const extra: GhostExtra = {
    updatedAt: post.updated_at,
    images: {},
    remoteHash: ghostRemoteHash(post),
    opened: { bodyHash: '', collection },
  }
  return {
    meta: metaOf(post),
    body: { format: 'html', text: post.html ?? '' },
    record: {
      siteId,
      kind: 'ghost',
      state: RECORD_STATE[post.status] ?? 'draft',
      remoteId: post.id,
      url: post.url,
      path: null,
      contentHash: '',
      publishedAt: now.toISOString(),
      extra: { ...extra },
    },
    notes: [],
  }
}

function metaOf(post: GhostPost): ArticleMetaPatch {
  const [primary = '', ...tags] = (post.tags ?? [])
    .map((tag) => tag.name)
    .filter((name) => !isInternalTag(name))
  return {
    title: post.title ?? '',
    slug: post.slug,
    slugLocked: post.slug !== '',
    excerpt: post.custom_excerpt ?? '',
    // Ghost has no categories: publishing makes the category the primary tag, so the primary
    // tag is read back as the category and the other tags keep their order after it.
    category: primary,
    tags,
    seoTitle: post.meta_title ?? '',
    seoDescription: post.meta_description ?? '',
    ...(post.published_at && post.status !== 'draft' ? { publishDate: post.published_at } : {}),
    ...(post.feature_image
      ? { featuredImage: { src: post.feature_image, alt: post.feature_image_alt ?? '' } }
      : {}),
  }
}
