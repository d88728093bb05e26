import { formatNumber } from '@shared/format/localeFormat'
import { t } from '@shared/i18n/i18n'
import { createHash } from 'node:crypto'
import type {
  ConnectionReport,
  PlanChange,
  PublicationRecord,
  PublishCheck,
  PublishPlan,
  UnpublishMode,
} from '@shared/publish/Publish'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { WordPressTargetConfigSchema, type WordPressTargetConfig } from '@shared/sites/targets'
import { PublishError } from '../PublishError'
import type { PublishContext, PublishTarget, SecretReader, SiteTerms } from '../PublishTarget'
import { siteBase, WordPressClient } from './WordPressClient'
import { findAuthorId } from './wordpressAuthor'
import { unmatchedAuthorNote } from '../unmatchedAuthorNote'
import { syncFeaturedAlt } from './wordpressFeaturedAlt'
import { WordPressApiError } from './wordpressError'
import { findUploadedMedia, syncMedia } from './wordpressMedia'
import { findOwnPost, readPost, withoutToken, withToken, type WordPressPost } from './wordpressPost'
import { readExtra, type UploadedMedia, type WordPressExtra } from './wordpressRecord'
import { ensureTerms, findTerm, listTerms, type Taxonomy } from './wordpressTerms'
import { testWordPressConnection } from './testWordPressConnection'
import { articleSlug } from './articleSlug'
import type { SitePostPage, SitePostType } from '@shared/ipc/channels/sitePosts'
import type { SitePost, SitePostSource } from '../../sitePosts/SitePostSource'
import { openedBodyHash } from '../../sitePosts/openedBodyHash'
import { foreignBlocks, hasBlocks } from './wordpressBlocks'
import { updateOpenedPost, type PostFields } from './openedPostUpdate'
import { openedPostImages } from './openedPostImages'
import { listWordPressPosts, readWordPressPost } from './wordpressSitePosts'

export interface WordPressTargetOptions {
  /** Per request; a request that takes longer fails as a timeout (and is retried). */
  timeoutMs?: number
  fetch?: typeof fetch
  /** The clock, for deciding whether a publish date is in the future. */
  now?: () => Date
}

/** What the last publish or unpublish did, for progress and the benchmark. */
export interface WordPressPublishStats {
  requests: number
  uploads: number
}

const RECORD_STATE = { publish: 'published', future: 'scheduled', draft: 'draft' } as const

/** An opened post keeps the site's status: private counts as published, pending as a draft. */
function openedState(status: string): PublicationRecord['state'] {
  if (status === 'publish' || status === 'private') return 'published'
  return status === 'future' ? 'scheduled' : 'draft'
}

export function wordPressConfig(site: SiteProfile): WordPressTargetConfig {
  const parsed = WordPressTargetConfigSchema.safeParse(site.target)
  if (!parsed.success || !parsed.data.siteUrl.trim() || !parsed.data.username.trim()) {
    throw new PublishError('refused', t('targetsMain.wordpress.addAddress', { site: site.name }))
  }
  return parsed.data
}

/**
 * Publishes articles as posts of a WordPress site over its REST API.
 *
 * Never a duplicate: the record keeps the post id, so a republish is one update. Without a
 * record (a first publish, or a retry after an attempt whose answer was lost), the post is
 * looked up first by slug, then by a marker comment naming the article in its body; images
 * are looked up by their content-hash slug. Whatever failed before, a retry finds what the
 * site already has and sends only the rest.
 */
export class WordPressTarget implements PublishTarget, SitePostSource {
  /** Counts of the last publish or unpublish. */
  lastStats: WordPressPublishStats = { requests: 0, uploads: 0 }

  constructor(private readonly options: WordPressTargetOptions = {}) {}

  private async client(
    site: SiteProfile,
    secret: SecretReader,
    extra: { restRoot?: string | null; signal?: AbortSignal } = {},
  ): Promise<WordPressClient> {
    const config = wordPressConfig(site)
    const password = await secret('appPassword')
    if (!password) {
      throw new PublishError(
        'refused',
        t('targetsMain.wordpress.savePassword', { site: site.name }),
      )
    }
    return new WordPressClient({
      siteUrl: siteBase(config.siteUrl).href,
      username: config.username.trim(),
      password,
      timeoutMs: this.options.timeoutMs,
      fetch: this.options.fetch,
      restRoot: extra.restRoot,
      signal: extra.signal,
    })
  }

  async testConnection(site: SiteProfile, secret: SecretReader): Promise<ConnectionReport> {
    try {
      return await testWordPressConnection(await this.client(site, secret))
    } catch (error) {
      if (error instanceof PublishError) return { ok: false, message: error.message }
      throw error
    }
  }

  /** The site's category and tag names, for the pickers. */
  async terms(site: SiteProfile, secret: SecretReader): Promise<SiteTerms> {
    const client = await this.client(site, secret)
    const [categories, tags] = await Promise.all([
      listTerms(client, 'categories'),
      listTerms(client, 'tags'),
    ])
    return { categories, tags }
  }

  /** One page of the site's posts or pages, for opening one in Copydesk. */
  async listPosts(
    site: SiteProfile,
    secret: SecretReader,
    query: { type: SitePostType; search: string; page: number },
  ): Promise<SitePostPage> {
    return listWordPressPosts(await this.client(site, secret), query)
  }

  /** A post with its raw body and the record that links an article to it. */
  async readPost(
    site: SiteProfile,
    secret: SecretReader,
    ref: { type: SitePostType; postId: string },
  ): Promise<SitePost> {
    const now = this.options.now?.() ?? new Date()
    return readWordPressPost(await this.client(site, secret), ref, site.id, now)
  }

  async check(context: PublishContext): Promise<PublishCheck[]> {
    const checks: PublishCheck[] = []
    try {
      wordPressConfig(context.site)
      if (!(await context.secret('appPassword'))) {
        checks.push({
          level: 'error',
          code: 'wordpress-password',
          message: t('targetsMain.wordpress.savePassword', { site: context.site.name }),
        })
      }
    } catch (error) {
      if (!(error instanceof PublishError)) throw error
      checks.push({ level: 'error', code: 'wordpress-settings', message: error.message })
    }
    const featured = context.article.meta.featuredImage
    const openedWith = readExtra(context.record).opened?.featured?.url
    if (featured && !featured.src.startsWith('asset:') && featured.src !== openedWith) {
      checks.push({
        level: 'warning',
        code: 'featured-image-remote',
        message: t('targetsMain.wordpress.featuredRemote'),
      })
    }
    return checks
  }

  async plan(context: PublishContext): Promise<PublishPlan> {
    const extra = readExtra(context.record)
    const client = await this.client(context.site, context.secret, {
      restRoot: extra.restRoot,
      signal: context.signal,
    })
    const changes: PlanChange[] = []
    const existing = await this.existingPost(client, context)
    const liveBody = existing?.content?.raw
    const known = { ...extra.media, ...(await this.openedImages(context, extra, liveBody)) }
    const unknown = context.assets.filter((asset) => !known[asset.name])
    const found = unknown.length > 0 ? await findUploadedMedia(client, unknown) : new Map()
    for (const asset of unknown.filter((a) => !found.has(a.name))) {
      const target = asset.alt
        ? t('publishMain.plan.imageDescribed', { alt: asset.alt })
        : t('publishMain.plan.image', { name: asset.name })
      changes.push({ action: 'upload', target, before: null, after: null })
    }
    const meta = context.article.meta
    const terms: { taxonomy: Taxonomy; name: string; known: Record<string, number> }[] = [
      ...(meta.category.trim()
        ? [{ taxonomy: 'categories' as const, name: meta.category, known: extra.categories }]
        : []),
      ...meta.tags.map((name) => ({ taxonomy: 'tags' as const, name, known: extra.tags })),
    ]
    for (const { taxonomy, name, known } of terms) {
      if (known[name] !== undefined || (await findTerm(client, taxonomy, name)) !== null) continue
      const target =
        taxonomy === 'categories'
          ? t('publishMain.plan.category', { name })
          : t('publishMain.plan.tag', { name })
      changes.push({ action: 'create', target, before: null, after: null })
    }
    const url = (name: string) => known[name]?.url ?? found.get(name)?.url ?? name
    const rendered = context.render(url).html
    // An opened post keeps its own body until the text changes.
    const keepsBody =
      extra.opened !== null &&
      liveBody !== undefined &&
      openedBodyHash(rendered) === extra.opened.bodyHash
    changes.push({
      action: existing ? 'update' : 'create',
      target: t(
        extra.opened?.collection === 'pages' ? 'publishMain.plan.page' : 'publishMain.plan.post',
        {
          title: meta.title || articleSlug(context.article),
        },
      ),
      before: liveBody !== undefined ? withoutToken(liveBody) : null,
      after: keepsBody ? withoutToken(liveBody) : rendered,
    })
    const uploads = changes.filter((c) => c.action === 'upload').length
    const values = { site: context.site.name, count: uploads, formatted: formatNumber(uploads) }
    const sentences = [
      existing
        ? uploads > 0
          ? t('targetsMain.wordpress.plan.updateWithImages', values)
          : t('targetsMain.wordpress.plan.update', values)
        : uploads > 0
          ? t('targetsMain.wordpress.plan.createWithImages', values)
          : t('targetsMain.wordpress.plan.create', values),
    ]
    if (
      existing?.modified_gmt !== undefined &&
      extra.modifiedGmt !== null &&
      existing.modified_gmt !== extra.modifiedGmt
    ) {
      sentences.push(t('targetsMain.wordpress.plan.editedThere'))
    }
    const blocks = !keepsBody && liveBody !== undefined && hasBlocks(liveBody)
    const foreign = blocks ? foreignBlocks(liveBody) : []
    if (blocks) {
      sentences.push(
        foreign.length > 0
          ? t('targetsMain.wordpress.plan.blocksLost', { blocks: foreign.join(', ') })
          : t('targetsMain.wordpress.plan.blocksFlattened'),
      )
    }
    const author = await unmatchedAuthorNote(
      meta.author,
      { existing: existing !== null, defaultAuthor: 'publishing account' },
      (name) => findAuthorId(client, name),
    )
    if (author) sentences.push(author)
    return { summary: sentences.join(' '), changes }
  }

  async publish(context: PublishContext): Promise<PublicationRecord> {
    const config = wordPressConfig(context.site)
    const extra = readExtra(context.record)
    const client = await this.client(context.site, context.secret, {
      restRoot: extra.restRoot,
      signal: context.signal,
    })
    const meta = context.article.meta
    const total = context.assets.length + 2
    const opened = extra.opened
    const ownImages =
      opened && context.assets.some((asset) => !extra.media[asset.name])
        ? await this.openedImages(
            context,
            extra,
            (await this.existingPost(client, context))?.content?.raw,
          )
        : {}
    const { media, uploaded } = await syncMedia(
      client,
      context.assets,
      { ...extra.media, ...ownImages },
      (done, count) =>
        context.progress({
          step: t('publish.steps.uploadingImage', { number: done + 1, count }),
          done,
          total,
        }),
    )
    context.progress({ step: t('publish.steps.preparingTerms'), done: uploaded, total })
    const categories = await ensureTerms(
      client,
      'categories',
      meta.category ? [meta.category] : [],
      extra.categories,
    )
    const tags = await ensureTerms(client, 'tags', meta.tags, extra.tags)
    const fields = this.postFields(context, config, media, categories.ids, tags.ids)
    const author = await findAuthorId(client, meta.author)
    if (author !== null) fields.author = author
    const featuredAlt = await syncFeaturedAlt(
      client,
      fields.featured_media === 0 ? null : fields.featured_media,
      meta.featuredImage?.alt ?? '',
      extra.featuredAlt,
    )
    context.progress({ step: t('publish.steps.savingPost'), done: uploaded + 1, total })
    const html = context.render((name) => media[name]?.url ?? '').html
    const remoteId = context.record?.remoteId
    const post =
      opened && remoteId
        ? await updateOpenedPost(
            client,
            remoteId,
            { ...extra, opened },
            {
              fields: { ...fields, content: html },
              html,
              article: context.article,
              overwrite: context.overwrite,
            },
          )
        : await this.savePost(client, context, fields)
    context.progress({ step: t('publish.steps.published'), done: total, total })
    this.lastStats = { requests: client.requestCount, uploads: uploaded }
    const next: WordPressExtra = {
      restRoot: client.root,
      media: { ...extra.media, ...media },
      categories: categories.known,
      tags: tags.known,
      modifiedGmt: post.modified_gmt ?? null,
      private: post.status === 'private',
      featuredAlt,
      opened: opened ? { ...opened, bodyHash: openedBodyHash(html) } : null,
    }
    return {
      siteId: context.site.id,
      kind: 'wordpress',
      state: opened ? openedState(post.status) : RECORD_STATE[fields.status],
      remoteId: String(post.id),
      url: post.link,
      path: null,
      contentHash: createHash('sha256').update(JSON.stringify(fields)).digest('hex'),
      publishedAt: (this.options.now?.() ?? new Date()).toISOString(),
      extra: next,
    }
  }

  async unpublish(context: PublishContext, mode: UnpublishMode): Promise<PublicationRecord> {
    const extra = readExtra(context.record)
    const client = await this.client(context.site, context.secret, {
      restRoot: extra.restRoot,
      signal: context.signal,
    })
    const existing = await this.existingPost(client, context)
    const collection = extra.opened?.collection ?? 'posts'
    const base = {
      siteId: context.site.id,
      kind: 'wordpress' as const,
      path: null,
      contentHash: context.record?.contentHash ?? '',
      publishedAt: (this.options.now?.() ?? new Date()).toISOString(),
      extra: { ...extra, restRoot: client.root },
    }
    if (!existing) {
      // Nothing (left) on the site: a retry after the trash already took it ends here too.
      this.lastStats = { requests: client.requestCount, uploads: 0 }
      return { ...base, state: 'removed', remoteId: context.record?.remoteId ?? null, url: null }
    }
    let post: WordPressPost
    if (mode === 'remove' && existing.status === 'trash') {
      post = existing
    } else if (mode === 'remove') {
      post = (
        await client.delete<WordPressPost>(`/wp/v2/${collection}/${existing.id}`, {
          action: 'deletePosts',
        })
      ).data
    } else {
      post = (
        await client.post<WordPressPost>(`/wp/v2/${collection}/${existing.id}`, {
          action: 'editPosts',
          json: { status: 'draft' },
        })
      ).data
    }
    this.lastStats = { requests: client.requestCount, uploads: 0 }
    return {
      ...base,
      state: mode === 'remove' ? 'removed' : 'draft',
      remoteId: String(post.id),
      url: post.link,
      extra: { ...base.extra, modifiedGmt: post.modified_gmt ?? null },
    }
  }

  private postFields(
    context: PublishContext,
    config: WordPressTargetConfig,
    media: Record<string, { id: number; url: string }>,
    categories: number[],
    tags: number[],
  ): PostFields {
    const meta = context.article.meta
    const html = context.render((name) => media[name]?.url ?? '').html
    const date = meta.publishDate ? new Date(meta.publishDate) : null
    const validDate = date && !Number.isNaN(date.getTime()) ? date : null
    const now = this.options.now?.() ?? new Date()
    let status: PostFields['status'] = config.postStatus
    if (status === 'publish' && validDate && validDate > now) status = 'future'
    const featured = meta.featuredImage?.src.startsWith('asset:')
      ? media[meta.featuredImage.src.slice('asset:'.length)]
      : undefined
    return {
      title: meta.title,
      content: withToken(html, meta.id),
      excerpt: meta.excerpt,
      slug: articleSlug(context.article),
      status,
      ...(validDate ? { date_gmt: validDate.toISOString().slice(0, 19) } : {}),
      categories,
      tags,
      featured_media: featured?.id ?? 0,
    }
  }

  /** The post this article already has on the site: the recorded one, else a lost one. */
  /**
   * For an article opened from its post: the article's images not known to the record that
   * are the post's own media (downloaded into the article), by asset name. See
   * openedPostImages.
   */
  private async openedImages(
    context: PublishContext,
    extra: WordPressExtra,
    liveBody: string | undefined,
  ): Promise<Record<string, UploadedMedia>> {
    if (!extra.opened || liveBody === undefined) return {}
    const unknown = context.assets.filter((asset) => !extra.media[asset.name])
    const siteUrl = siteBase(wordPressConfig(context.site).siteUrl).href
    const found = await openedPostImages(liveBody, unknown, siteUrl, this.options.fetch ?? fetch)
    return Object.fromEntries(found)
  }

  private async existingPost(
    client: WordPressClient,
    context: PublishContext,
  ): Promise<WordPressPost | null> {
    const recorded = context.record?.remoteId
    if (recorded && context.record?.kind === 'wordpress') {
      const post = await readPost(client, recorded, readExtra(context.record).opened?.collection)
      if (post) return post
    }
    return findOwnPost(client, context.article.meta.id, articleSlug(context.article))
  }

  /**
   * Updates the recorded post in one request; without a record, first looks for a post an
   * earlier attempt created (its answer lost to a timeout or a reset) so there is never a second.
   */
  private async savePost(
    client: WordPressClient,
    context: PublishContext,
    fields: PostFields,
  ): Promise<WordPressPost> {
    const recorded = context.record?.kind === 'wordpress' ? context.record.remoteId : null
    if (recorded) {
      try {
        return await this.writePost(client, recorded, fields)
      } catch (error) {
        // Deleted on the site since: publish it anew (after the lookup below).
        if (!(error instanceof WordPressApiError && error.status === 404)) throw error
      }
    }
    const lost = await findOwnPost(client, context.article.meta.id, fields.slug)
    return this.writePost(client, lost ? String(lost.id) : null, fields)
  }

  private async writePost(client: WordPressClient, id: string | null, fields: PostFields) {
    const action = fields.status === 'draft' ? 'writePosts' : 'publishPosts'
    const route = id ? `/wp/v2/posts/${id}` : '/wp/v2/posts'
    return (await client.post<WordPressPost>(route, { action, json: fields })).data
  }
}
