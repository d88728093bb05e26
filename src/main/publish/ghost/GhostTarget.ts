import { formatNumber } from '@shared/format/localeFormat'
import { t } from '@shared/i18n/i18n'
import { createHash } from 'node:crypto'
import { ASSET_SRC_PREFIX } from '@shared/article/assetSrc'
import type { SitePostPage, SitePostType } from '@shared/ipc/channels/sitePosts'
import type {
  ConnectionReport,
  PlanChange,
  PublicationRecord,
  PublishCheck,
  PublishPlan,
  UnpublishMode,
} from '@shared/publish/Publish'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { openedBodyHash } from '../../sitePosts/openedBodyHash'
import type { SitePost, SitePostSource } from '../../sitePosts/SitePostSource'
import { PublishError } from '../PublishError'
import type { PublishContext, PublishTarget, SecretReader, SiteTerms } from '../PublishTarget'
import { unmatchedAuthorNote } from '../unmatchedAuthorNote'
import { GhostClient, type GhostPost, type GhostPostInput } from './GhostClient'
import { openedOf, type GhostExtra } from './ghostExtra'
import { ghostRemoteHash } from './ghostRemoteHash'
import { listGhostPosts, readGhostPost } from './ghostSitePosts'
import { openedGhostImages } from './openedGhostImages'
import { updateOpenedGhostPost } from './openedGhostUpdate'

export interface GhostTargetOptions {
  fetch?: typeof fetch
  timeoutMs?: number
  now?: () => Date
}

/**
 * Ghost over its Admin API: the post is created from the renderer's HTML (`?source=html`),
 * the category becomes the primary tag, images go to Ghost's storage once, and updates send
 * the post's `updated_at` so an edit made in Ghost meanwhile is never overwritten silently.
 *
 * Every post also carries an internal tag (`#copydesk-…`, never shown on the site) naming the
 * article, so a create whose answer was lost is found again instead of made twice. A post
 * opened from Ghost is updated field by field instead (see openedGhostUpdate).
 */
export class GhostTarget implements PublishTarget, SitePostSource {
  private readonly now: () => Date

  constructor(private readonly options: GhostTargetOptions = {}) {
    this.now = options.now ?? (() => new Date())
  }

  async testConnection(site: SiteProfile, secret: SecretReader): Promise<ConnectionReport> {
    try {
      const client = await this.client(site, secret)
      const info = await client.site()
      await client.checkAccess()
      return {
        ok: true,
        message: t('targetsMain.ghost.connected', {
          site: info.title || info.url,
          version: info.version,
        }),
      }
    } catch (error) {
      if (error instanceof PublishError) return { ok: false, message: error.message }
      throw error
    }
  }

  /** One page of the site's posts or pages, for opening one in Copydesk. */
  async listPosts(
    site: SiteProfile,
    secret: SecretReader,
    query: { type: SitePostType; search: string; page: number },
  ): Promise<SitePostPage> {
    return listGhostPosts(await this.client(site, secret), query)
  }

  /** A post with its HTML and the record that links an article to it. */
  async readPost(
    site: SiteProfile,
    secret: SecretReader,
    ref: { type: SitePostType; postId: string },
  ): Promise<SitePost> {
    return readGhostPost(await this.client(site, secret), ref, site.id, this.now())
  }

  /** Ghost's tags are picked as the article is written; there is no category list to fetch. */
  async terms(): Promise<SiteTerms | null> {
    return null
  }

  async check(context: PublishContext): Promise<PublishCheck[]> {
    const checks: PublishCheck[] = []
    const { meta } = context.article
    if (meta.category) {
      checks.push({
        level: 'info',
        code: 'ghost-primary-tag',
        message: t('targetsMain.ghost.primaryTag', { category: meta.category }),
      })
    }
    if (meta.featuredImage && !meta.featuredImage.alt.trim()) {
      checks.push({
        level: 'warning',
        code: 'featured-image-alt',
        message: t('targetsMain.ghost.featuredAlt'),
      })
    }
    return checks
  }

  async plan(context: PublishContext): Promise<PublishPlan> {
    const client = await this.client(context.site, context.secret)
    const existing = await findExisting(client, context)
    const images = {
      ...previousImages(context.record),
      ...(await this.openedImages(context, existing)),
    }
    const changes: PlanChange[] = context.assets
      .filter((asset) => !images[asset.name])
      .map((asset) => ({
        action: 'upload',
        target: t('publishMain.plan.image', { name: asset.name }),
        before: null,
        after: null,
      }))
    const opened = openedOf(context.record)
    const rendered = context.render((name) => images[name] ?? `(uploaded) ${name}`).html
    // An opened post keeps its own body until the text changes.
    const html =
      opened && existing && openedBodyHash(rendered) === opened.bodyHash
        ? (existing.html ?? '')
        : rendered
    changes.push({
      action: existing ? 'update' : 'create',
      target: t(
        opened?.collection === 'pages' ? 'publishMain.plan.page' : 'publishMain.plan.post',
        {
          title: context.article.meta.title,
        },
      ),
      before: existing?.html ?? null,
      after: html,
    })
    const uploads = changes.length - 1
    const author = await unmatchedAuthorNote(
      context.article.meta.author,
      { existing: existing !== null, defaultAuthor: 'site owner' },
      (name) => client.findStaffId(name),
    )
    const values = {
      title: context.article.meta.title,
      site: context.site.name,
      count: uploads,
      formatted: formatNumber(uploads),
    }
    const plan = existing
      ? uploads > 0
        ? t('targetsMain.ghost.plan.updateWithImages', values)
        : t('targetsMain.ghost.plan.update', values)
      : uploads > 0
        ? t('targetsMain.ghost.plan.createWithImages', values)
        : t('targetsMain.ghost.plan.create', values)
    const summary = author ? `${plan} ${author}` : plan
    return { summary, changes }
  }

  async publish(context: PublishContext): Promise<PublicationRecord> {
    const client = await this.client(context.site, context.secret)
    const images = previousImages(context.record)
    const opened = openedOf(context.record)
    if (opened && context.record?.remoteId && context.assets.some((a) => !images[a.name])) {
      const live = await client.getPost(context.record.remoteId, opened.collection)
      Object.assign(images, await this.openedImages(context, live))
    }
    const pending = context.assets.filter((asset) => !images[asset.name])
    const total = pending.length + 1
    let done = 0
    for (const asset of pending) {
      context.progress({
        step: t('publish.steps.uploadingImage', { number: done + 1, count: pending.length }),
        done,
        total,
      })
      images[asset.name] = await client.uploadImage(await asset.read(), asset.name, asset.mimeType)
      done++
    }
    context.progress({ step: t('publish.steps.sendingPost'), done, total })
    const input = postInput(context, images, this.now())
    if (opened && context.record?.remoteId) {
      const post = await updateOpenedGhostPost(
        client,
        context.record.remoteId,
        { ...(context.record.extra as Partial<GhostExtra>), opened },
        { post: input, overwrite: context.overwrite },
      )
      context.progress({ step: t('publish.steps.published'), done: total, total })
      const updated = record(context, post, input, images, this.now())
      const extra = {
        ...updated.extra,
        opened: { ...opened, bodyHash: openedBodyHash(input.html) },
      }
      return { ...updated, extra }
    }
    const author = await client.findStaffId(context.article.meta.author)
    if (author !== null) input.authors = [{ id: author }]
    const existing = await findExisting(client, context)
    let post: GhostPost
    if (!existing) {
      post = await client.createPost(input)
      // Recorded at once: a retry after a later failure updates this post instead of adding one.
      await context.remember?.(record(context, post, input, images, this.now()))
    } else {
      if (changedInGhost(context.record, existing) && !context.overwrite) {
        throw collision(input.html, existing)
      }
      post = await updateOrCollide(client, existing, input, context.overwrite)
    }
    context.progress({ step: t('publish.steps.published'), done: total, total })
    return record(context, post, input, images, this.now())
  }

  async unpublish(context: PublishContext, mode: UnpublishMode): Promise<PublicationRecord> {
    const client = await this.client(context.site, context.secret)
    const existing = await findExisting(client, context)
    const images = previousImages(context.record)
    if (!existing) return removedRecord(context, images, this.now())
    const collection = openedOf(context.record)?.collection
    if (mode === 'remove') {
      await client.deletePost(existing.id, collection)
      return removedRecord(context, images, this.now())
    }
    // Only the status: the post's own body (its cards) stays as Ghost's editor made it.
    const post = await client.updatePost(
      existing.id,
      { status: 'draft', updated_at: existing.updated_at },
      collection,
    )
    return { ...record(context, post, null, images, this.now()), state: 'draft' }
  }

  /**
   * For an article opened from its post: the article's images not known to the record that
   * are the post's own (downloaded into the article), by asset name. See openedGhostImages.
   */
  private async openedImages(
    context: PublishContext,
    live: GhostPost | null,
  ): Promise<Record<string, string>> {
    const known = previousImages(context.record)
    const unknown = context.assets.filter((asset) => !known[asset.name])
    const config = context.site.target
    if (!live || !openedOf(context.record) || unknown.length === 0 || config?.kind !== 'ghost') {
      return {}
    }
    return openedGhostImages(live, unknown, config.adminUrl, this.options.fetch ?? fetch)
  }

  private async client(site: SiteProfile, secret: SecretReader): Promise<GhostClient> {
    const config = site.target
    if (config?.kind !== 'ghost') {
      throw new PublishError('refused', t('targetsMain.ghost.notGhostSite'))
    }
    const key = await secret('adminKey')
    if (!key) {
      throw new PublishError('auth', t('targetsMain.ghost.pasteKey'))
    }
    return new GhostClient({
      adminUrl: config.adminUrl,
      adminKey: key,
      fetch: this.options.fetch,
      timeoutMs: this.options.timeoutMs,
    })
  }
}

/** The post this article became last time, if it still exists. */
async function findExisting(
  client: GhostClient,
  context: PublishContext,
): Promise<GhostPost | null> {
  const id = context.record?.remoteId
  if (id) {
    const post = await client.getPost(id, openedOf(context.record)?.collection)
    if (post) return post
  }
  return client.findPostByTag(markerTag(context))
}

/** The internal tag that ties a Ghost post to this article. */
function markerTag(context: PublishContext): string {
  return `#copydesk-${context.article.meta.id}`
}

function previousImages(record: PublicationRecord | null): Record<string, string> {
  const images = (record?.extra as Partial<GhostExtra> | undefined)?.images
  return images && typeof images === 'object' ? { ...images } : {}
}

/** True when the post was edited in Ghost since Copydesk last wrote it. */
function changedInGhost(record: PublicationRecord | null, post: GhostPost): boolean {
  const extra = record?.extra as Partial<GhostExtra> | undefined
  if (typeof extra?.updatedAt === 'string' && extra.updatedAt !== post.updated_at) return true
  return typeof extra?.remoteHash === 'string' && extra.remoteHash !== ghostRemoteHash(post)
}

function postInput(
  context: PublishContext,
  images: Record<string, string>,
  now: Date,
): GhostPostInput {
  const { meta } = context.article
  const html = context.render((name) => images[name] ?? '').html
  const date = meta.publishDate ? new Date(meta.publishDate) : null
  const scheduled = date !== null && !Number.isNaN(date.getTime()) && date.getTime() > now.getTime()
  const names = [meta.category, ...meta.tags].map((name) => name.trim()).filter(Boolean)
  const tags = [...new Set(names)].map((name) => ({ name }))
  tags.push({ name: markerTag(context) })
  const featured = meta.featuredImage
  const featureImage = featured
    ? featured.src.startsWith(ASSET_SRC_PREFIX)
      ? (images[featured.src.slice(ASSET_SRC_PREFIX.length)] ?? null)
      : featured.src
    : null
  return {
    title: meta.title,
    slug: meta.slug,
    html,
    status: scheduled ? 'scheduled' : 'published',
    published_at: date && !Number.isNaN(date.getTime()) ? date.toISOString() : null,
    custom_excerpt: meta.excerpt.trim() ? meta.excerpt.slice(0, 300) : null,
    tags,
    feature_image: featureImage,
    feature_image_alt: featureImage ? (featured?.alt ?? null) : null,
    meta_title: meta.seoTitle || null,
    meta_description: meta.seoDescription || null,
  }
}

async function updateOrCollide(
  client: GhostClient,
  existing: GhostPost,
  input: GhostPostInput,
  overwrite: boolean,
): Promise<GhostPost> {
  try {
    return await client.updatePost(existing.id, { ...input, updated_at: existing.updated_at })
  } catch (error) {
    if (!(error instanceof PublishError) || error.kind !== 'conflict') throw error
    // Edited in Ghost between our read and our write.
    const current = (await client.getPost(existing.id)) ?? existing
    if (!overwrite) throw collision(input.html, current)
    return client.updatePost(existing.id, { ...input, updated_at: current.updated_at })
  }
}

function collision(ours: string, theirs: GhostPost): PublishError {
  return new PublishError(
    'conflict',
    t('targetsMain.ghost.changedAfterPublish', { title: theirs.title }),
    { conflict: { ours, theirs: theirs.html ?? '' } },
  )
}

function record(
  context: PublishContext,
  post: GhostPost,
  input: GhostPostInput | null,
  images: Record<string, string>,
  now: Date,
): PublicationRecord {
  const opened = openedOf(context.record)
  const extra: GhostExtra = {
    updatedAt: post.updated_at,
    images,
    remoteHash: ghostRemoteHash(post),
    ...(opened ? { opened } : {}),
  }
  return {
    siteId: context.site.id,
    kind: 'ghost',
    state:
      post.status === 'scheduled' ? 'scheduled' : post.status === 'draft' ? 'draft' : 'published',
    remoteId: post.id,
    url: post.url,
    path: null,
    contentHash: input ? hashOf(input) : (context.record?.contentHash ?? ''),
    publishedAt: now.toISOString(),
    extra: { ...extra },
  }
}

function removedRecord(
  context: PublishContext,
  images: Record<string, string>,
  now: Date,
): PublicationRecord {
  return {
    siteId: context.site.id,
    kind: 'ghost',
    state: 'removed',
    remoteId: null,
    url: null,
    path: null,
    contentHash: '',
    publishedAt: now.toISOString(),
    extra: { images },
  }
}

function hashOf(input: GhostPostInput): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('hex')
}
