import { createHash } from 'node:crypto'
import { ASSET_SRC_PREFIX } from '@shared/article/assetSrc'
import type { WebhookTargetConfig } from '@shared/sites/targets'
import type { PublishContext } from '../PublishTarget'

/** One image as the webhook body carries it. */
export interface WebhookImage {
  name: string
  mimeType: string
  alt: string
  size: number
  /** With `images: 'urls'`: where the HTML points for it, and its bytes (base64) to put there. */
  url?: string
  data?: string
}

/** What the receiver gets for a publish, before the envelope (event, token, time). */
export interface WebhookArticle {
  article: {
    id: string
    /** The receiver's id from the last delivery, so it can update instead of create. */
    remoteId: string | null
    title: string
    slug: string
    excerpt: string
    category: string
    tags: string[]
    author: string
    publishDate: string | null
    seoTitle: string
    seoDescription: string
    featuredImage: { url: string; alt: string } | null
  }
  html: string
  markdown: string
  images: WebhookImage[]
}

/** The article's content for the webhook body, images inline or by URL as configured. */
export async function webhookPayload(
  context: PublishContext,
  config: WebhookTargetConfig,
): Promise<WebhookArticle> {
  const images: WebhookImage[] = []
  const urls = new Map<string, string>()
  for (const asset of context.assets) {
    const bytes = await asset.read()
    const data = Buffer.from(bytes).toString('base64')
    const url =
      config.images === 'inline'
        ? `data:${asset.mimeType};base64,${data}`
        : `${config.imageBaseUrl}${asset.name}`
    urls.set(asset.name, url)
    const image = { name: asset.name, mimeType: asset.mimeType, alt: asset.alt, size: bytes.length }
    // Inline images are already in the HTML as data URIs; sending them twice doubles the body.
    images.push(config.images === 'inline' ? image : { ...image, url, data })
  }
  const { html, markdown } = context.render((name) => urls.get(name) ?? name)
  const { meta } = context.article
  const featured = meta.featuredImage
  const featuredName = featured?.src.startsWith(ASSET_SRC_PREFIX)
    ? featured.src.slice(ASSET_SRC_PREFIX.length)
    : null
  return {
    article: {
      id: meta.id,
      remoteId: context.record?.remoteId ?? null,
      title: meta.title,
      slug: meta.slug,
      excerpt: meta.excerpt,
      category: meta.category,
      tags: meta.tags,
      author: meta.author,
      publishDate: meta.publishDate,
      seoTitle: meta.seoTitle,
      seoDescription: meta.seoDescription,
      featuredImage: featured
        ? {
            url: featuredName ? (urls.get(featuredName) ?? featured.src) : featured.src,
            alt: featured.alt,
          }
        : null,
    },
    html,
    markdown,
    images,
  }
}

/** A hash of what is sent, the same for the same article content. */
export function payloadHash(payload: WebhookArticle): string {
  return createHash('sha256').update(JSON.stringify(payload)).digest('hex')
}
