import { t } from '@shared/i18n/i18n'
import { readFile } from 'node:fs/promises'
import type { Article } from '@shared/article/Article'
import { ASSET_SRC_PREFIX } from '@shared/article/assetSrc'
import type { SecretName } from '@shared/ipc/channels/sites'
import type { BuildCheck, PublicationRecord, PublishProgress } from '@shared/publish/Publish'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import type { LibraryService } from '../library/LibraryService'
import type { SecretStore } from '../secrets/SecretStore'
import { articleImages } from './articleImages'
import type { DocRenderer } from './DocRenderer'
import { PublishError } from './PublishError'
import type { PublishAsset, PublishContext } from './PublishTarget'

const MIME_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
}

/** Everything one publish, plan or check of one article on one site works with. */
export interface PublishContextParts {
  article: Article
  site: SiteProfile
  record: PublicationRecord | null
  library: LibraryService
  secrets: SecretStore
  renderer: DocRenderer
  signal: AbortSignal
  overwrite: boolean
  idempotencyKey: string
  /** Every secret value read, so messages can be scrubbed of them. */
  secretsSeen: Set<string>
  progress(update: PublishProgress): void
  /** Where the site's build check reports (publish jobs only). */
  built?(check: BuildCheck): void
  remember(record: PublicationRecord): Promise<void>
}

/** The images the article uses that live in the library, each once, read on demand. */
export function publishAssets(article: Article, library: LibraryService): PublishAsset[] {
  const byName = new Map<string, PublishAsset>()
  for (const image of articleImages(article)) {
    if (!image.src.startsWith(ASSET_SRC_PREFIX)) continue
    const name = image.src.slice(ASSET_SRC_PREFIX.length)
    if (byName.has(name)) continue
    const ext = name.slice(name.lastIndexOf('.') + 1)
    byName.set(name, {
      name,
      mimeType: MIME_TYPES[ext] ?? 'application/octet-stream',
      alt: image.alt,
      async read() {
        const file = library.assetFile(article.meta.id, name)
        if (!file) {
          throw new PublishError('refused', t('publishMain.errors.imageMissing'))
        }
        return new Uint8Array(await readFile(file))
      },
    })
  }
  return [...byName.values()]
}

/** Builds the context a target works with. */
export function buildPublishContext(parts: PublishContextParts): PublishContext {
  const { article, site, renderer, secretsSeen } = parts
  return {
    article,
    site,
    record: parts.record,
    assets: publishAssets(article, parts.library),
    render(imageUrl, markdown) {
      const options = {
        imageUrl: (src: string): string | null =>
          src.startsWith(ASSET_SRC_PREFIX) ? imageUrl(src.slice(ASSET_SRC_PREFIX.length)) : src,
      }
      return {
        html: renderer.html(article.doc, options),
        markdown: renderer.markdown(article.doc, { ...options, ...markdown }),
      }
    },
    async secret(name: SecretName) {
      const value = await parts.secrets.get(`site:${site.id}:${name}`)
      if (value) secretsSeen.add(value)
      return value
    },
    progress: parts.progress,
    built: parts.built,
    signal: parts.signal,
    overwrite: parts.overwrite,
    idempotencyKey: parts.idempotencyKey,
    remember: parts.remember,
  }
}
