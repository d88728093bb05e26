import { createHash } from 'node:crypto'
import { ASSET_SRC_PREFIX } from '@shared/article/assetSrc'
import { slugify } from '@shared/article/slugify'
import { GIT_PRESET_SMARTYPANTS } from '@shared/sites/gitPresets'
import type { GitTargetConfig } from '@shared/sites/targets'
import type { PublishContext } from '../PublishTarget'
import type { ArticleMeta } from '@shared/article/Article'
import { openedBodyHash } from '../../sitePosts/openedBodyHash'
import { aliasesIn, writePostFile, type PostFields } from './frontMatter'
import { openedOf } from './openedRecord'
import { openedPostFile } from './openedPostFile'
import { expandTemplate, expandUrl, safeRepoPath, type TemplateValues } from './gitTemplate'
import { SiteRepo } from './SiteRepo'

export interface DraftAsset {
  path: string
  bytes: Uint8Array
  blob: string
}

/** Everything publishing this article would write, worked out against one commit. */
export interface PostDraft {
  path: string
  url: string
  text: string
  bytes: Uint8Array
  blob: string
  date: Date
  assets: DraftAsset[]
  aliases: string[]
  contentHash: string
  scheduled: boolean
  slug: string
  /** For a post opened from the site: the body's fingerprint and the details as written. */
  opened: { bodyHash: string; meta: ArticleMeta } | null
}

/** The date a post carries: the article's, else the one it was first published with. */
export function postDate(context: PublishContext): Date {
  const recorded = context.record?.extra.date
  const iso =
    context.article.meta.publishDate ??
    (typeof recorded === 'string' ? recorded : null) ??
    // Not `now`: a retry of the same publish must write exactly the same file.
    context.article.meta.updatedAt
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? new Date(context.article.meta.updatedAt) : date
}

/**
 * The post's slug. Once published, a slug that only followed the title stays as it was, so a
 * new title updates the same file; a slug the writer set by hand moves the post.
 */
export function postSlug(context: PublishContext): string {
  const { meta } = context.article
  const recorded = context.record?.extra.slug
  if (!meta.slugLocked && context.record?.path && typeof recorded === 'string' && recorded !== '') {
    return recorded
  }
  return slugify(meta.slug === '' ? meta.title : meta.slug)
}

export function templateValues(context: PublishContext): TemplateValues {
  const { meta } = context.article
  return {
    slug: postSlug(context),
    date: postDate(context),
    category: meta.category,
    siteUrl: context.site.url,
  }
}

/** The post's path in the repository (checked to stay inside the content folder). */
export function postPath(config: GitTargetConfig, context: PublishContext): string {
  // A post opened from the site stays in its own file, whatever the template says.
  const opened = openedOf(context.record)
  if (opened !== null && context.record?.path) return context.record.path
  return safeRepoPath(
    expandTemplate(config.postPath, templateValues(context)),
    config.postPath,
    'post',
  )
}

/** Whether a URL template is relative to the post (`./{name}`), not to the site or absolute. */
function isRelativeUrl(template: string): boolean {
  return (
    !template.startsWith('/') && !template.startsWith('{siteUrl}') && !/^[a-z]+:/i.test(template)
  )
}

function pathOfUrl(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return url
  }
}

/** Builds the post file and its images for `head` (the commit it will go on top of). */
export async function draftPost(
  config: GitTargetConfig,
  context: PublishContext,
  repo: SiteRepo,
  head: string | null,
  now: Date,
): Promise<PostDraft> {
  const values = templateValues(context)
  const { meta } = context.article
  const path = postPath(config, context)
  // Jekyll puts the category in the address its own way; the recorded URL must be that one.
  const categoryStyle = config.preset === 'jekyll' ? 'jekyll' : 'slug'
  const url = expandUrl(config.publicUrl, { ...values, categoryStyle })
  const assetUrl = (name: string) => expandUrl(config.assetUrl, { ...values, name })

  const assets: DraftAsset[] = []
  for (const asset of context.assets) {
    const assetPath = safeRepoPath(
      expandTemplate(config.assetPath, { ...values, name: asset.name }),
      config.assetPath,
      'image',
    )
    const bytes = await asset.read()
    assets.push({ path: assetPath, bytes, blob: await SiteRepo.hash(bytes) })
  }

  // Old addresses stay listed, and the one this publish leaves behind joins them.
  const record = context.record
  const oldBlob = record?.path ? await repo.blobAt(head, record.path) : null
  const oldText = oldBlob === null ? null : await repo.readText(oldBlob)
  const recorded = Array.isArray(record?.extra.aliases) ? record.extra.aliases : []
  const aliases = new Set<string>(
    config.aliasKey === ''
      ? []
      : [
          ...recorded.filter((a): a is string => typeof a === 'string'),
          ...aliasesIn(config, oldText),
        ],
  )
  if (config.aliasKey !== '' && record?.url && record.url !== url)
    aliases.add(pathOfUrl(record.url))
  aliases.delete(pathOfUrl(url))

  // A generator resolves a relative image path only in Markdown's own image syntax (Astro
  // optimises `![](./a.png)` but leaves `<img src="./a.png">` to 404), so no figure HTML then.
  const { markdown } = context.render(assetUrl, {
    rawHtml: !isRelativeUrl(config.assetUrl),
    smartypants: GIT_PRESET_SMARTYPANTS[config.preset],
  })
  const scheduled = values.date.getTime() > now.getTime()
  const fieldsOf = (details: ArticleMeta, at: TemplateValues): PostFields => ({
    title: details.title,
    date: at.date,
    slug: at.slug,
    categories: details.category === '' ? [] : [details.category],
    tags: details.tags,
    description: details.seoDescription || details.excerpt,
    image: featuredUrl(details, assetUrl),
    imageAlt: details.featuredImage?.alt.trim() ?? '',
    author: details.author.trim(),
    draft: false,
    aliases: [...aliases],
  })
  const fields = fieldsOf(meta, values)
  const opened = openedOf(record)
  const openedAt =
    opened && templateValues({ ...context, article: { ...context.article, meta: opened.meta } })
  const text =
    (opened && openedAt && oldText !== null
      ? openedPostFile(
          config,
          oldText,
          { now: fields, opened: fieldsOf(opened.meta, openedAt) },
          markdown,
          opened.bodyHash,
        )
      : null) ?? writePostFile(config, fields, markdown)
  const bytes = new TextEncoder().encode(text)
  const blob = await SiteRepo.hash(bytes)
  const hash = createHash('sha256').update(text)
  for (const asset of assets) hash.update(`\n${asset.path}:${asset.blob}`)
  return {
    path,
    url,
    text,
    bytes,
    blob,
    date: values.date,
    assets,
    aliases: [...aliases],
    contentHash: hash.digest('hex'),
    scheduled,
    slug: values.slug,
    opened: opened && { bodyHash: openedBodyHash(markdown), meta },
  }
}

/** Public URL of the featured image: one of the article's images, or a web address. */
function featuredUrl(meta: ArticleMeta, assetUrl: (name: string) => string): string | null {
  const featured = meta.featuredImage?.src ?? ''
  if (featured.startsWith(ASSET_SRC_PREFIX)) {
    return assetUrl(featured.slice(ASSET_SRC_PREFIX.length))
  }
  return featured.startsWith('https://') ? featured : null
}
